import { describe, expect, it } from "vitest";
import { adSourcesOf, NO_AD_SOURCES } from "./ad-sources";
import { newsroomPolicy, readerPolicy, RESOURCE_POLICY } from "./content-security-policy";
import { sha256Source } from "./script-hash";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(name + " "));

describe("reader pages' policy", () => {
  it("runs only listed scripts: no 'unsafe-inline', no eval, nothing framed, no plugins", () => {
    const policy = readerPolicy(["'sha256-abc='"], NO_AD_SOURCES);
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-abc='");
    expect(directive(policy, "style-src")).toBe("style-src 'self'");
    expect(directive(policy, "frame-src")).toBe("frame-src 'none'");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("lets the administrator's ad code run: its inline scripts by hash, the https origins it names", () => {
    const html =
      '<script>window.ad=1</script><script async src="https://ads.example.kz/tag.js"></script><iframe src="https://frames.example.kz/x"></iframe><img src="http://plain.example/x.gif"><div style="color:red"></div>';
    const ads = adSourcesOf([html], ["https://cdn.example.kz/path", "javascript:alert(1)", "http://insecure.example"]);
    expect(ads).toEqual({
      scriptHashes: [sha256Source("window.ad=1")],
      scriptUrls: ["https://ads.example.kz/tag.js"],
      scriptOrigins: ["https://ads.example.kz", "https://cdn.example.kz"],
      frameOrigins: ["https://cdn.example.kz", "https://frames.example.kz"],
      imageOrigins: ["https://cdn.example.kz"],
      connectOrigins: ["https://cdn.example.kz"],
      inlineStyles: true,
    });
    const policy = readerPolicy([], ads);
    expect(directive(policy, "script-src")).toBe("script-src 'self' https://ads.example.kz https://cdn.example.kz");
    expect(directive(policy, "frame-src")).toBe("frame-src https://cdn.example.kz https://frames.example.kz");
    expect(directive(policy, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });
});

describe("the newsroom's policy", () => {
  it("trusts this request's nonce and what it loads, and nothing inline", () => {
    const policy = newsroomPolicy("abc123");
    expect(directive(policy, "script-src")).toBe("script-src 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(newsroomPolicy("abc123", { dev: true })).toContain("'unsafe-eval'");
  });

  it("lets nothing run in feeds, images and JSON", () => {
    expect(RESOURCE_POLICY).toMatch(/^default-src 'none'/);
  });
});
