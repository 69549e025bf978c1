import { describe, expect, it } from "vitest";
import { parseEmbedUrl } from "./parse-url";

describe("parseEmbedUrl", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "youtube", "dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", "dQw4w9WgXcQ"],
    ["https://m.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["  https://www.youtube.com/embed/dQw4w9WgXcQ \n", "youtube", "dQw4w9WgXcQ"],
    ["https://vkvideo.ru/video-22822305_456241864", "vk", "-22822305_456241864"],
    ["https://vk.com/video12345_67890", "vk", "12345_67890"],
    ["https://vk.com/video_ext.php?oid=-1&id=2&hash=x", "vk", "-1_2"],
    ["https://vk.com/club1?z=video-1_2%2Fclub1", "vk", "-1_2"],
    ["https://t.me/durov/43", "telegram", "durov/43"],
    ["https://t.me/s/vestnik_news/1201", "telegram", "vestnik_news/1201"],
    ["https://x.com/elonmusk/status/1585841080431321088?s=20", "x", "1585841080431321088"],
    ["https://twitter.com/jack/status/20", "x", "20"],
    ["https://www.instagram.com/p/C1a2b3c4D5e/", "instagram", "C1a2b3c4D5e"],
    ["https://instagram.com/reel/C1a2b3c4D5e/?igsh=x", "instagram", "C1a2b3c4D5e"],
    ["https://www.instagram.com/natgeo/p/C1a2b3c4D5e/", "instagram", "C1a2b3c4D5e"],
  ])("reads %s", (url, provider, id) => {
    expect(parseEmbedUrl(url)).toEqual({ provider, id });
  });

  it.each([
    ["not a url"],
    ["javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ"],
    ["ftp://youtube.com/watch?v=dQw4w9WgXcQ"],
    ["https://youtube.com.evil.kz/watch?v=dQw4w9WgXcQ"],
    ["https://evil.kz/?u=https://youtu.be/dQw4w9WgXcQ"],
    ["https://user@youtube.com/watch?v=dQw4w9WgXcQ"],
    ["https://youtube.com:8443/watch?v=dQw4w9WgXcQ"],
    ["https://www.youtube.com/watch?v=short"],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>'],
    ["https://www.youtube.com/channel/UC123"],
    ["https://youtu.be/dQw4w9WgXcQ/extra"],
    ["https://vk.com/durov"],
    ["https://vk.com/video_ext.php?oid=abc&id=2"],
    ["https://t.me/durov"],
    ["https://t.me/c/12345/67"],
    ["https://t.me/durov/43/extra"],
    ["https://x.com/jack"],
    ["https://x.com/jack/status/abc"],
    ["https://www.instagram.com/natgeo/"],
    ['https://www.instagram.com/p/a"b/'],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ and more text"],
  ])("leaves %s a plain link", (url) => {
    expect(parseEmbedUrl(url)).toBeNull();
  });
});
