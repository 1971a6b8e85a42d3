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
input[type=text],input[type=email],input[type=url],select,textarea{width:100%;padding:9px;border:1px solid #c9c1b4;border-radius:8px;font:inherit;background:#fff}
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
@media(min-width:720px){.days{grid-template-columns:repeat(7,minmax(0,1fr));gap:8px}.day{grid-template-columns:1fr;align-content:start}}
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
input.code{font-size:1.6rem;letter-spacing:.3em;max-width:12ch;text-align:center}
`;
