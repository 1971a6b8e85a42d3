/** One small stylesheet, inlined: the booking page must be fast on a phone and work without JavaScript. */
export const styles = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#faf7f2}
main{max-width:860px;margin:0 auto;padding:16px}
a{color:#7a3e00}
h1{font-size:1.5rem;margin:.2em 0}
h2{font-size:1.15rem;margin:1.2em 0 .4em}
.card{background:#fff;border:1px solid #e6dfd3;border-radius:12px;padding:16px;margin:12px 0}
.card>:first-child,.nav>h2{margin-top:0}
.muted{color:#656d76;font-size:.92rem}
.btn{display:inline-block;background:#7a3e00;color:#fff;border:0;border-radius:8px;padding:10px 18px;font-size:1rem;cursor:pointer;text-decoration:none}
.btn.secondary{background:#fff;color:#7a3e00;border:1px solid #7a3e00}
label{display:block;font-weight:600;margin:12px 0 4px}
input[type=text],input[type=email],input[type=url],input[type=password],select,textarea{width:100%;padding:9px;border:1px solid #c9c1b4;border-radius:8px;font:inherit;background:#fff}
textarea{min-height:90px}
.error{color:#b42318;font-size:.92rem;margin:4px 0}
.banner{border-radius:8px;padding:10px 12px;margin:10px 0}
.banner.error{background:#fee4e2;color:#7a271a}
.banner.ok{background:#e3f5e1;color:#1a5b18}
.banner.warn{background:#fff4d6;color:#6b4e00}
.days{display:grid;gap:14px;margin-top:10px}
.day{display:grid;grid-template-columns:repeat(auto-fill,minmax(84px,1fr));gap:6px}
.day h3{grid-column:1/-1;font-size:.95rem;margin:0}
.slot{display:block;margin:0;font-weight:500}
@media(min-width:720px){.days{grid-template-columns:repeat(7,minmax(0,1fr));gap:8px}.day{grid-template-columns:1fr;align-content:start}.day h3{line-height:1.35;min-height:2.7em}}
.slot input{position:absolute;opacity:0}
.slot span{display:block;text-align:center;padding:7px 2px;white-space:nowrap;border:1px solid #c9c1b4;border-radius:8px;background:#fff;cursor:pointer}
.slot input:checked+span{background:#7a3e00;color:#fff;border-color:#7a3e00}
.slot input:focus-visible+span{outline:2px solid #1f6feb}
.nav{display:flex;justify-content:space-between;align-items:center;gap:8px;flex-wrap:wrap}
fieldset{border:0;padding:0;margin:12px 0 0}
legend{padding:0}
.hp{position:absolute;left:-10000px}
.q{display:flex;gap:8px;align-items:flex-start;margin:4px 0}
.q input{margin-top:5px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:6px;border-bottom:1px solid #eee}
.narrow{max-width:480px;margin-left:auto;margin-right:auto}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.topbar{display:flex;justify-content:space-between;align-items:center;gap:8px;flex-wrap:wrap;padding:4px 0 8px;border-bottom:1px solid #e6dfd3}
.topbar .brand{font-weight:700;text-decoration:none;color:#1f2328}
.topbar-links{display:flex;gap:14px;align-items:center;flex-wrap:wrap}
.topbar a[aria-current=page]{font-weight:700;text-decoration:none}
form.inline{display:inline;margin:0}
.linklike{background:none;border:0;padding:0;font:inherit;color:#7a3e00;text-decoration:underline;cursor:pointer}
.btn.small{padding:6px 12px;font-size:.92rem}
.btn.danger{background:#b42318}
.actions{display:flex;gap:8px;flex-wrap:wrap;align-items:flex-start;margin-top:8px}
.item{border-top:1px solid #eee;padding:12px 0}
.item:first-of-type{border-top:0}
.item h3{font-size:1rem;margin:0 0 2px}
.badge{display:inline-block;font-size:.8rem;padding:1px 8px;border-radius:999px;background:#f1ece4;color:#4d3a22;margin-left:6px;vertical-align:middle}
.badge.ok{background:#e3f5e1;color:#1a5b18}
.badge.warn{background:#fff4d6;color:#6b4e00}
details>summary{cursor:pointer;color:#7a3e00}
.share{display:flex;gap:14px;align-items:flex-start;flex-wrap:wrap}
.share-url{display:flex;gap:8px;flex:1;min-width:220px}
input.url{flex:1;min-width:0;font-family:ui-monospace,monospace;font-size:.92rem}
.qr{margin:0;width:132px;height:132px;flex:none}
.qr svg{width:100%;height:100%;display:block}
.chips{display:inline-flex;flex-wrap:wrap;gap:4px}
.chip{font-size:.85rem;border:1px solid #c9c1b4;border-radius:6px;padding:1px 6px;background:#fff;white-space:nowrap}
.preview-days{list-style:none;padding:0;margin:0;display:grid;gap:6px}
.hours{display:grid;gap:8px}
.hours-day{display:grid;grid-template-columns:6.5rem 1fr;gap:6px;align-items:center}
.hours-day>span:first-child{font-weight:600}
.ranges{display:flex;flex-wrap:wrap;gap:6px 12px}
.range{display:flex;align-items:center;gap:4px}
.range input{width:9.5rem}
@media(max-width:600px){.hours-day{grid-template-columns:1fr;gap:2px}.range{flex:1 1 100%}.range input{flex:1;width:auto;min-width:0}.format-row{grid-template-columns:1fr;gap:2px}}
input[type=time],input[type=number]{padding:7px;border:1px solid #c9c1b4;border-radius:8px;font:inherit;background:#fff}
input[type=number]{width:7rem}
.check{display:flex;gap:8px;align-items:flex-start;font-weight:normal;margin:6px 0}
.check input{margin-top:5px}
.grid2{display:grid;gap:0 16px}
@media(min-width:720px){.grid2{grid-template-columns:1fr 1fr}}
.hint{margin:2px 0 0}
ul.plain{list-style:none;padding:0;margin:0}
.format-row{display:grid;grid-template-columns:9rem 1fr;gap:8px;align-items:center}
code{background:#f1ece4;color:#1f2328;padding:0 4px;border-radius:4px}
input.code{font-size:1.6rem;letter-spacing:.3em;max-width:12ch;text-align:center}
`;
