/** How the article may look in search results and as a card on social networks, from the live field values. */
export function SeoPreviews({ title, description, url, image }: { title: string; description: string; url: string; image: string | null }) {
  return (
    <div className="seo-previews">
      <p className="field-label">В поиске</p>
      <div className="search-preview" data-testid="search-preview">
        <span className="search-preview__url">{url}</span>
        <span className="search-preview__title">{truncate(title, 60)}</span>
        <span className="search-preview__description">{truncate(description, 160)}</span>
      </div>
      <p className="field-label">В соцсетях</p>
      <div className="social-preview" data-testid="social-preview">
        {image ? <img src={image} alt="" /> : <div className="social-preview__placeholder">картинка с заголовком</div>}
        <span className="social-preview__title">{title}</span>
        <span className="social-preview__description">{truncate(description, 200)}</span>
      </div>
    </div>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
