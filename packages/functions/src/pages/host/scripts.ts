/** The host pages' inline scripts, each allowed by its hash in the Content-Security-Policy (pages/csp.ts). */

/**
 * With JavaScript, the preview follows the form as it is edited: the same POST "Preview times" sends,
 * its #preview section swapped in. Without, the button does it.
 */
export const LIVE_PREVIEW_SCRIPT = `
document.addEventListener("DOMContentLoaded",function(){
  var form=document.getElementById("link-form");if(!form||!window.fetch)return;
  var timer;
  function refresh(){
    var data=new FormData(form);data.set("intent","preview");
    fetch(form.action,{method:"POST",body:new URLSearchParams(data),headers:{"x-preview":"1"}}).then(function(r){return r.text()}).then(function(html){
      var next=new DOMParser().parseFromString(html,"text/html").getElementById("preview");
      var now=document.getElementById("preview");
      if(next&&now)now.replaceWith(next);
    }).catch(function(){});
  }
  form.addEventListener("change",function(){clearTimeout(timer);timer=setTimeout(refresh,300)});
});`;

/** Un-hides copy buttons and copies the field they name; announced through the button's own text. */
export const COPY_SCRIPT = `
document.addEventListener("DOMContentLoaded",function(){
  document.querySelectorAll("button[data-copy]").forEach(function(b){
    b.hidden=false;
    b.addEventListener("click",function(){
      var f=document.getElementById(b.getAttribute("data-copy"));if(!f)return;
      var done=function(){b.textContent="Copied";setTimeout(function(){b.textContent="Copy"},2000)};
      if(navigator.clipboard){navigator.clipboard.writeText(f.value).then(done,function(){f.select()})}else{f.select();document.execCommand("copy");done()}
    });
  });
});`;

/** Picks the browser's own zone in selects marked data-detect, unless the person already chose one. */
export const DETECT_ZONE_SCRIPT = `
document.addEventListener("DOMContentLoaded",function(){
  try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;}catch(e){return}
  document.querySelectorAll("select[data-detect=yes]").forEach(function(s){
    if(z&&s.querySelector('option[value="'+z+'"]'))s.value=z;
  });
});`;
