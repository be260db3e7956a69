#!/usr/bin/env bash
# A real S3-compatible server (S3Proxy, in-memory storage) for tests, from Maven Central.
# Usage: scripts/infra/s3proxy.sh start|stop|status
# Env: EVENTIDE_CACHE (jar cache), S3PROXY_HOME_DIR (default /tmp/eventide-s3proxy), S3PROXY_PORT (default 9000).
# Credentials: identity "local-identity", credential "local-credential".
set -euo pipefail
cache=${EVENTIDE_CACHE:-$HOME/.cache/eventide}
version=2.9.0
jar=$cache/s3proxy-$version.jar
home=${S3PROXY_HOME_DIR:-/tmp/eventide-s3proxy}
port=${S3PROXY_PORT:-9000}
pidfile=$home/s3proxy.pid

fetch() {
  if [ ! -f "$jar" ]; then
    mkdir -p "$cache"
    mvn -q -B dependency:copy -Dartifact="org.gaul:s3proxy:$version:jar:jar-with-dependencies" \
      -Dmdep.stripClassifier=false -DoutputDirectory="$cache/s3proxy-download" >/dev/null
    mv "$cache/s3proxy-download/s3proxy-$version-jar-with-dependencies.jar" "$jar"
    rmdir "$cache/s3proxy-download" 2>/dev/null || true
  fi
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

start() {
  fetch
  if running; then echo "s3proxy already running (pid $(cat "$pidfile"))"; return 0; fi
  mkdir -p "$home"
  cat > "$home/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=local-identity
s3proxy.credential=local-credential
s3proxy.cors-allow-all=true
jclouds.provider=transient-nio2
jclouds.identity=local-identity
jclouds.credential=local-credential
CONF
  nohup java -Xmx256m -jar "$jar" --properties "$home/s3proxy.conf" > "$home/server.log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 120); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then echo "s3proxy listening on 127.0.0.1:$port"; return 0; fi
    running || { echo "s3proxy exited:" >&2; tail -20 "$home/server.log" >&2; return 1; }
    sleep 0.5
  done
  echo "s3proxy did not open port $port" >&2
  return 1
}

stop() {
  if running; then
    kill "$(cat "$pidfile")" 2>/dev/null || true
    sleep 1
    kill -9 "$(cat "$pidfile")" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) running && echo running || { echo stopped; exit 1; } ;;
  fetch) fetch ;;
  *) echo "usage: $0 start|stop|status|fetch" >&2; exit 2 ;;
esac
