import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 320, height: 800 } });
await p.goto('http://localhost:4321' + process.argv[2]);
console.log(await p.evaluate(() => {
  for (const d of document.querySelectorAll('details')) d.open = true;
  const sw = () => document.documentElement.scrollWidth;
  const out = [sw()];
  for (const el of [...document.querySelectorAll('main *')]) {
    const prev = el.style.display;
    el.style.display = 'none';
    const w = sw();
    el.style.display = prev;
    if (w === 320 && el.children.length < 3) out.push(el.tagName + ' ' + (el.className?.baseVal ?? el.className) + ' ' + (el.textContent||'').slice(0,40));
  }
  return out.slice(0,20).join('\n');
}));
await b.close();
