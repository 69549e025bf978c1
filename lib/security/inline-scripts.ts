/**
 * The inline scripts Vestnik's own reader components render. The Content-Security-Policy of
 * reader pages allows exactly these by hash (computed from this text when the server starts), so
 * a change here needs nothing else.
 */
export const INLINE_SCRIPTS = {
  /** Share links: «Скопировать ссылку» copies without leaving the page, then says so in the page's language (data-copied). */
  copyLink: `document.addEventListener("click",function(e){var a=e.target instanceof Element&&e.target.closest("a[data-copy-link]");if(!a||!navigator.clipboard)return;e.preventDefault();navigator.clipboard.writeText(a.href).then(function(){a.textContent=a.dataset.copied||a.textContent})});`,
  /** The breaking-news ticker hides items whose time has passed, even on a page cached before. */
  hideExpiredBreaking: `(function(){var b=document.getElementById("breaking");if(!b)return;function t(){var l=0;b.querySelectorAll("li[data-until]").forEach(function(li){if(Date.parse(li.dataset.until)<=Date.now())li.remove();else l++});if(!l){b.remove();return}setTimeout(t,1000)}t()})();`,
  /** Rotation among several ad slots of one placement: shows one of its <template>s, chosen by weight, on each view of a cached page. */
  rotateAds: `document.querySelectorAll("[data-ad-rotate]").forEach(function(a){var t=a.querySelectorAll("template"),s=0,i,p;a.removeAttribute("data-ad-rotate");for(i=0;i<t.length;i++)s+=+t[i].dataset.weight;p=Math.random()*s;for(i=0;i<t.length-1;i++){p-=+t[i].dataset.weight;if(p<0)break}a.appendChild(t[i].content.cloneNode(true))});`,
  /** An embed's «Смотреть»: only now is the provider's frame loaded (lib/embeds/reader-html.ts). */
  loadEmbed: `document.addEventListener("click",function(e){var a=e.target instanceof Element&&e.target.closest("a[data-embed-play]"),c=a&&a.closest("[data-embed-frame]");if(!c)return;e.preventDefault();var f=document.createElement("iframe");f.src=c.dataset.embedFrame;f.title=a.dataset.embedPlay;if(c.dataset.embedHeight)f.height=c.dataset.embedHeight;f.allow="autoplay; encrypted-media; fullscreen; picture-in-picture";f.allowFullscreen=true;f.referrerPolicy="strict-origin-when-cross-origin";c.replaceWith(f)});`,
} as const;
