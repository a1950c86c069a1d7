#
# The edge in front of `next start`: what it caches, for how long, and how it is purged.
# Included by default.vcl (or a generated file with other backends, scripts/edge/edgeVcl.mjs),
# which defines the `origin` director. docs/architecture.md ("The edge") says why it works
# this way; docs/operations.md how to run it.
#
import std;
import xkey;

# Who may purge: the app servers. Extend with their addresses when they run on other hosts.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = origin.backend();

    # A save expired these cache tags in Next; drop every page carrying one of them
    # (src/cache/purgeEdge.mjs). Soft: the old copy stays for grace, for when Next is down.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Send the keys to purge in an xkey-purge header"));
        }
        set req.http.X-Edge-Purged = xkey.softpurge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.X-Edge-Purged));
    }

    # Our own markers, never taken from a client.
    if (req.restarts == 0) {
        unset req.http.X-Edge-Cacheable;
        unset req.http.X-Edge-Want-Stale;
        unset req.http.X-Edge-Stale;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, the REST API, the preview and revalidation routes: never cached.
    if (req.url ~ "^/(admin|api|next)(/|\?|$)") {
        return (pass);
    }
    # Signed-in staff (Payload's cookie or an API key) and draft mode: never cached, never
    # served from the cache. Next's own draft-mode cookie is __prerender_bypass.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass)=") {
        return (pass);
    }
    # Readers carry no cookie the pages depend on (watched progress lives in localStorage);
    # dropping them keeps one copy per page and keeps strangers' cookies out of Next.
    unset req.http.Cookie;

    # Two variants at most, stored as Next sent them: no gunzip per request at the edge.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }

    # A purged or expired page is fetched again before it is served, while Next is up; only a
    # retry after Next failed (vcl_deliver) may take the last good copy.
    # (req.grace survives a restart, so the retry sets it back explicitly.)
    if (req.http.X-Edge-Want-Stale) {
        set req.grace = 24h;
    } elsif (std.healthy(req.backend_hint)) {
        set req.grace = 0s;
    }
    set req.http.X-Edge-Cacheable = "1";
    return (hash);
}

sub vcl_hit {
    if (obj.ttl <= 0s) {
        set req.http.X-Edge-Stale = "1";
    }
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    # One person's response is never another's.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    # Build assets have content hashes in their names: they never change.
    if (bereq.url ~ "^/_next/static/") {
        set beresp.ttl = 365d;
        return (deliver);
    }
    # Only pages whose dependencies the edge knows (their cache tags as xkey keys, from
    # src/cache/cacheHandler.mjs) can be purged precisely, so only those are kept.
    if (!beresp.http.xkey) {
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    # Unknown slugs: kept briefly and only in memory (malloc storage), so a flood of made-up
    # URLs costs neither disk nor lasting memory. Publishing the slug purges it at once.
    if (beresp.status == 404) {
        set beresp.ttl = 10s;
        set beresp.grace = 0s;
        return (deliver);
    }
    if (beresp.status != 200) {
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    # Purges do the real work; the TTL only bounds how long a missed purge could last.
    set beresp.ttl = 1h;
    # The last good copy, served while Next is down (and said so, vcl_deliver).
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    # A failed fetch must not replace the last good copy with an error: give up on it, and
    # the client's request is retried with grace (vcl_synth).
    if (bereq.http.X-Edge-Cacheable) {
        return (abandon);
    }
}

sub vcl_deliver {
    # Next failed (down, or an error page): try once more, allowing the last good copy.
    if (resp.status >= 500 && req.restarts == 0 && req.http.X-Edge-Cacheable) {
        set req.http.X-Edge-Want-Stale = "1";
        return (restart);
    }
    unset resp.http.xkey;
    if (req.http.X-Edge-Stale || (req.http.X-Edge-Cacheable && !std.healthy(req.backend_hint))) {
        set resp.http.X-Edge-Stale = "origin unavailable; this is the last good copy";
    }
    if (!req.http.X-Edge-Cacheable) {
        set resp.http.X-Edge-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Edge-Cache = "HIT";
    } else {
        set resp.http.X-Edge-Cache = "MISS";
    }
    # Next's "s-maxage=31536000" would let any shared cache behind us keep a page for a year,
    # and only this edge is purged: downstream, pages are revalidated on every use.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
    }
}

sub vcl_synth {
    # Same as in vcl_deliver, for a failure Varnish answers itself.
    if (resp.status == 503 && req.restarts == 0 && req.http.X-Edge-Cacheable) {
        set req.http.X-Edge-Want-Stale = "1";
        return (restart);
    }
}
