#!/usr/bin/env bash
# Start-up of a command (BENCHMARKS.md, "Issue 12"): each command N times (default 5), wall and user+system CPU from
# /usr/bin/time, beside a bare java -version, for three builds alternating in one run: an older jar run with
# java -jar ("before"), this build's jar run with java -jar ("jar"), and this build's launcher target/da06.
# Each build gets a throw-away home with the bundled plan; this build's server is kept up (da06 db start).
# Usage: bash src/bench/startup-bench.sh BEFORE_JAR BUILD_DIR [N]     (BUILD_DIR: target, after ./mvnw package)
set -u
before_jar=$1; now=$2; n=${3:-5}
out=/tmp/startup-bench.tsv; : > $out
t() { # build, label, command...
  local build=$1 label=$2; shift 2
  /usr/bin/time -f "%e %U %S" -o /tmp/t.out "$@" > /dev/null 2>&1
  read e u s < <(tail -1 /tmp/t.out)
  echo -e "$build\t$label\t$e\t$(echo "$u + $s" | bc)" >> $out
}
H1=$(mktemp -d /tmp/startup-before-XXXX); H2=$(mktemp -d /tmp/startup-now-XXXX)
java -jar $before_jar --da06.home=$H1 plan import > /dev/null 2>&1; mkdir -p $H1/inbox
java -jar $now/da06.jar --da06.home=$H2 plan import > /dev/null 2>&1; mkdir -p $H2/inbox
java -jar $now/da06.jar --da06.home=$H2 db start > /dev/null 2>&1
echo "start: $(uptime)"
for i in $(seq $n); do
  for build in before jar launcher; do
    case $build in
      before) run=(java -jar $before_jar --da06.home=$H1);;
      jar) run=(java -jar $now/da06.jar --da06.home=$H2);;
      launcher) run=($now/da06 --da06.home=$H2);;
    esac
    t $build "java -version" java -version
    t $build "--help" "${run[@]}" --help
    t $build "--version" "${run[@]}" --version
    t $build "status" "${run[@]}" status
    t $build "plan show" "${run[@]}" plan show
    t $build "import (empty inbox)" "${run[@]}" import
  done
done
echo "end: $(uptime)"
grep -h "Lỗi" $H1/logs/*.log $H2/logs/*.log 2>/dev/null | head -3
java -jar $now/da06.jar --da06.home=$H2 db stop > /dev/null 2>&1
rm -rf $H1 $H2
python3 - <<'PY'
import statistics, collections
rows=[l.rstrip("\n").split("\t") for l in open("/tmp/startup-bench.tsv")]
d=collections.defaultdict(list)
for b,l,e,c in rows: d[(b,l)].append((float(e),float(c)))
labels=["java -version","--help","--version","status","plan show","import (empty inbox)"]
builds=["before","jar","launcher"]
print("| command | " + " | ".join(f"{b}: wall s | {b}: CPU s" for b in builds) + " |")
print("|---|" + "---:|"*(2*len(builds)))
for l in labels:
    r=[l]
    for b in builds:
        v=d[(b,l)]; r+= [f"{statistics.median(x[0] for x in v):.2f}", f"{statistics.median(x[1] for x in v):.2f}"]
    print("| "+" | ".join(r)+" |")
PY
