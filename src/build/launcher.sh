#!/usr/bin/env bash
# Build step after the jar (pom.xml, phase package): makes target/da06, the launcher of src/main/sh/da06, and what it
# runs: the jar extracted into target/da06-app/ and its class data sharing archive, written by the JVM at the end of
# a training run of the commands a person runs most (plan import, then status) in a throw-away home.
# Arguments: the java to use (the build's) and the build folder.
set -euo pipefail
java=$1
target=$(cd "$2" && pwd) # the archive names its jars by the path they were given
app="$target/da06-app"
training=$(mktemp -d "${TMPDIR:-/tmp}/da06-class-archive-XXXXXX")
trap 'rm -rf "$training"' EXIT

rm -rf "$app"
"$java" -Djarmode=tools -jar "$target/da06.jar" extract --destination "$app" --application-filename da06.jar > /dev/null
"$java" -jar "$app/da06.jar" --da06.home="$training" plan import > /dev/null
"$java" -XX:ArchiveClassesAtExit="$app/da06.jsa" '-Xlog:cds*=off' -jar "$app/da06.jar" --da06.home="$training" status \
    > /dev/null
install -m 0755 "$(dirname "$0")/../main/sh/da06" "$target/da06"
