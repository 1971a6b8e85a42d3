/** What the journal adds to the shared stylesheet: summary tiles, bars, compact lists and rows. */
export const journalStyles = `
main{max-width:1120px}
h3{font-size:1rem;margin:1.1em 0 .2em}
.split{display:grid;gap:0 24px}
.split>div>h2:first-child{margin-top:0}
@media(min-width:900px){.split{grid-template-columns:minmax(0,1fr) minmax(0,1.15fr);align-items:start}}
.columns{display:grid;gap:0 12px}
@media(min-width:900px){.columns{grid-template-columns:minmax(0,1fr) minmax(0,1fr);grid-template-areas:"today todo" "goal todo";grid-template-rows:auto 1fr;align-items:start}
.columns>#log{grid-area:today}.columns>#now{grid-area:todo}.columns>#goal{grid-area:goal}}
.big{font-size:2rem;font-weight:700;line-height:1.1;margin:0}
.bar{height:12px;background:#efe7dc;border-radius:6px;overflow:hidden;margin:8px 0}
.bar>span{display:block;height:100%;background:#7a3e00}
.bar.done>span{background:#2f7d32}
.chart{width:100%;height:auto;display:block;margin-top:8px}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.85rem;color:#4b535c;margin:4px 0}
.legend svg{vertical-align:middle;margin-right:4px}
figure details summary,.todo details summary{font-size:.92rem}
.todo{list-style:none;padding:0;margin:0}
.todo li{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:6px 12px;padding:8px 0;border-bottom:1px solid #f0ebe3}
.todo li:last-child{border-bottom:0}
.todo form,.row form{display:flex;gap:6px;align-items:center;margin:0}
.btn.small{padding:6px 12px;font-size:.92rem}
.filters{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}
.filters a{padding:4px 10px;border:1px solid #e6dfd3;border-radius:999px;text-decoration:none;font-size:.92rem;background:#fff}
.filters a[aria-current]{background:#7a3e00;color:#fff;border-color:#7a3e00}
.row{display:grid;gap:6px 12px;padding:10px 0;border-bottom:1px solid #f0ebe3}
@media(min-width:720px){.row{grid-template-columns:minmax(0,1fr) auto;align-items:center}}
.row select{width:auto;min-width:10em}
.fields{display:grid;gap:0 12px}
@media(min-width:720px){.fields{grid-template-columns:1fr 1fr}}
input[type=number],input[type=date],input[type=time],input[type=file]{padding:9px;border:1px solid #c9c1b4;border-radius:8px;font:inherit;background:#fff;width:100%}
summary{cursor:pointer;font-weight:600;color:#7a3e00}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
pre.draft{white-space:pre-wrap;background:#faf7f2;border-left:4px solid #d9c4b0;padding:8px 12px;font:inherit}
`;
