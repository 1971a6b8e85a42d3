// Progressive enhancement only: pick the visitor's zone on first visit and warn about too many questions.
// It runs in <head> (defer does nothing on inline scripts), so the redirect comes before any paint and the
// counter waits for the form. The Content-Security-Policy allows it by its hash (pages/csp.ts).
export const bookingScript = `
(function(){
  var u=new URL(location.href);
  if(!u.searchParams.get("tz")){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(z){u.searchParams.set("tz",z);location.replace(u);return;}}catch(e){}}
  document.addEventListener("DOMContentLoaded",function(){
    var bank=document.getElementById("bank"),own=document.getElementById("ownQuestions"),warn=document.getElementById("too-many");
    if(!bank||!own||!warn)return;
    var fit=+bank.getAttribute("data-fit");
    function count(){var n=bank.querySelectorAll("input:checked").length+own.value.split(/\\n/).filter(function(l){return l.trim()}).length;warn.hidden=n<=fit;}
    bank.addEventListener("change",count);own.addEventListener("input",count);count();
  });
})();`;
