# Sourced by .ci/run and ./start: makes JAVA_HOME point at a JDK 21 or newer, or stops with a
# message. Machines whose default java is older often have a newer JDK beside it in /usr/lib/jvm.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  current=$(command -v java || true)
  if [ -n "$current" ] && [ "$(java_major "$current")" -ge 21 ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$current")")")
  else
    JAVA_HOME=""
    for candidate in /usr/lib/jvm/*; do
      if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
        JAVA_HOME=$candidate
      fi
    done
  fi
  [ -n "$JAVA_HOME" ] || { echo "No JDK 21 or newer found; install one and set JAVA_HOME." >&2; exit 1; }
  export JAVA_HOME
fi
