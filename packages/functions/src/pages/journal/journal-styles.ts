/** What the journal adds to the shared stylesheet: summary tiles, bars, compact lists and rows. */
export const journalStyles = `
.grid{display:grid;gap:12px}
@media(min-width:900px){.grid.two{grid-template-columns:1fr 1fr}.grid.two>.card{margin:0}}
.big{font-size:2rem;font-weight:700;line-height:1.1;margin:0}
.bar{height:12px;background:#efe7dc;border-radius:6px;overflow:hidden;margin:8px 0}
.bar>span{display:block;height:100%;background:#7a3e00}
.bar.done>span{background:#2f7d32}
.chart{width:100%;height:auto;display:block;margin-top:8px}
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
.fields.four{grid-template-columns:1fr 1fr}
@media(min-width:720px){.fields.four{grid-template-columns:repeat(4,1fr)}}
summary{cursor:pointer;font-weight:600;color:#7a3e00}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
pre.draft{white-space:pre-wrap;background:#faf7f2;border-left:4px solid #d9c4b0;padding:8px 12px;font:inherit}
`;
