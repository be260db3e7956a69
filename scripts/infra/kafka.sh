#!/usr/bin/env bash
# A real single-node Kafka broker (KRaft) for tests and local runs, from Maven Central.
# Usage: scripts/infra/kafka.sh start|stop|restart|status
# Env: EVENTIDE_CACHE (jar cache, default ~/.cache/eventide), KAFKA_HOME_DIR (data + logs,
#      default /tmp/eventide-kafka), KAFKA_PORT (default 9092), KAFKA_CONTROLLER_PORT (default 9093).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${EVENTIDE_CACHE:-$HOME/.cache/eventide}
libs=$cache/kafka-3.9.1/libs
home=${KAFKA_HOME_DIR:-/tmp/eventide-kafka}
port=${KAFKA_PORT:-9092}
cport=${KAFKA_CONTROLLER_PORT:-9093}
pidfile=$home/kafka.pid

fetch() {
  if [ ! -f "$libs/.complete" ]; then
    mkdir -p "$libs"
    mvn -q -B -f "$here/kafka-pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs"
    touch "$libs/.complete"
  fi
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

wait_port() {
  for _ in $(seq 1 120); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then return 0; fi
    running || { echo "kafka exited; see $home/server.log" >&2; tail -20 "$home/server.log" >&2; return 1; }
    sleep 0.5
  done
  echo "kafka did not open port $port" >&2
  return 1
}

start() {
  fetch
  if running; then echo "kafka already running (pid $(cat "$pidfile"))"; return 0; fi
  mkdir -p "$home/data"
  cat > "$home/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$home/data
num.partitions=6
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
PROPS
  cat > "$home/log4j.properties" <<'PROPS'
log4j.rootLogger=WARN, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
PROPS
  local cp="$libs/*"
  if [ ! -f "$home/data/meta.properties" ]; then
    java -cp "$cp" kafka.tools.StorageTool format -t "$(cat /proc/sys/kernel/random/uuid | tr -d - | head -c 22)" \
      -c "$home/server.properties" --ignore-formatted > "$home/format.log" 2>&1
  fi
  # In a session of its own: a broker restarted by a test (pushExactlyOnce) must not die with the
  # test runner's process group when that ends.
  setsid nohup java -Xms256m -Xmx512m -Dlog4j.configuration="file:$home/log4j.properties" -cp "$cp" kafka.Kafka \
    "$home/server.properties" > "$home/server.log" 2>&1 &
  echo $! > "$pidfile"
  wait_port
  echo "kafka listening on 127.0.0.1:$port (pid $(cat "$pidfile"))"
}

stop() {
  if running; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) running && echo running || { echo stopped; exit 1; } ;;
  fetch) fetch ;;
  *) echo "usage: $0 start|stop|restart|status|fetch" >&2; exit 2 ;;
esac
