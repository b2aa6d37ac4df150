# Sourced by mvnw, .ci/run and the launch scripts: exports JAVA_HOME of a JDK 21 or newer.
atrium_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

atrium_find_jdk() {
  local candidate major
  for candidate in "${ATRIUM_JAVA_HOME:-}" "${JAVA_HOME:-}" \
      /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
      /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(atrium_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "Atrium needs a JDK 21 or newer; none was found (looked at \$ATRIUM_JAVA_HOME, \$JAVA_HOME and /usr/lib/jvm)." >&2
  echo "Install one (for example: apt-get install temurin-25-jdk) or set ATRIUM_JAVA_HOME." >&2
  return 1
}
