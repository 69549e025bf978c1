vcl 4.1;

# Varnish in front of one or more Vestnik instances on one database.
# Debian: apt-get install varnish varnish-modules (xkey). Start the instances with
# PURGE_URLS=http://127.0.0.1:6081/ and TRUST_PROXY=1: pages then carry their cache tags in `xkey`,
# and the instance that leads sends a PURGE by key for every change.

import xkey;
import directors;

# One backend per instance; /readyz says 503 while an instance starts, stops or lost its database.
# The probe allows 3 s and 3 failures in 5: an instance busy rendering after a wave of purges is
# slow, not gone, and both marked sick at once would turn every uncached page into a 503.
backend app1 {
  .host = "127.0.0.1";
  .port = "3000";
  .probe = { .url = "/readyz"; .interval = 2s; .timeout = 3s; .window = 5; .threshold = 3; }
}
backend app2 {
  .host = "127.0.0.1";
  .port = "3001";
  .probe = { .url = "/readyz"; .interval = 2s; .timeout = 3s; .window = 5; .threshold = 3; }
}

# Who may purge: the instances themselves.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  new instances = directors.round_robin();
  instances.add_backend(app1);
  instances.add_backend(app2);
}

sub vcl_recv {
  unset req.http.x-vestnik-hit;
  set req.backend_hint = instances.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    # Every purged page goes stale: the first reader after a purge starts its fetch, and readers
    # meanwhile get the copy from before the change instead of waiting for a render, as the
    # instances' own page cache does (lib/edge/reader-pages.ts). Sidebar («soft:») keys come paced.
    set req.http.x-purged = xkey.softpurge(req.http.xkey-purge) + xkey.softpurge(req.http.xkey-softpurge);
    return (synth(200, "Purged " + req.http.x-purged));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # The newsroom, the API, metrics and health are never cached here.
  if (req.url ~ "^/(admin|api|metrics|healthz|readyz)(/|\?|$)") {
    return (pass);
  }
  # Staff and remembered commenters see personal pages.
  if (req.http.cookie ~ "(^|;\s*)(vestnik_session|vestnik_commenter)=") {
    return (pass);
  }
  # Campaign parameters do not change a page: one copy, not one per link shared.
  if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|yclid|_openstat)=") {
    set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid|yclid|_openstat)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]+$", "");
  }
  unset req.http.cookie;
  return (hash);
}

sub vcl_backend_response {
  # Only reader pages the app tagged are kept, until a purge says otherwise (a day at most).
  if (beresp.http.xkey && (beresp.status == 200 || beresp.status == 404) && !beresp.http.set-cookie) {
    set beresp.ttl = 1d;
    set beresp.grace = 10s;
    return (deliver);
  }
  # Versioned assets (/_next/static, /media): as their own headers say.
  if (bereq.url ~ "^/(_next/static|media)/" && beresp.status == 200) {
    return (deliver);
  }
  set beresp.uncacheable = true;
  set beresp.ttl = 120s;
  return (deliver);
}

# Every answer from the cache passes here, a stale one in grace too: one fetched in the background
# and soft-purged again before anyone read it has obj.hits 0, but it is still the cache's copy.
sub vcl_hit {
  set req.http.x-vestnik-hit = "1";
}

sub vcl_deliver {
  # Keys are for this cache only.
  unset resp.http.xkey;
  unset resp.http.surrogate-key;
  if (req.http.x-vestnik-hit) {
    set resp.http.x-cache = "HIT";
  } else {
    set resp.http.x-cache = "MISS";
  }
}
