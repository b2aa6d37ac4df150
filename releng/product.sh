# Sourced by the launch scripts: finds a JDK and the built product, building it first if missing.
# Sets JAVA_HOME, ATRIUM_PRODUCT (the product folder) and ATRIUM_LAUNCHER (the launcher jar).
atrium_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$atrium_root/releng/jdk.sh"
atrium_find_jdk || exit 1

ATRIUM_PRODUCT="$atrium_root/releng/org.atrium.repository/target/products/org.atrium.product/linux/gtk/x86_64"
atrium_launcher() { ls "$ATRIUM_PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1; }

if [ -z "$(atrium_launcher)" ]; then
  echo "Building Atrium (first run only; this takes a few minutes)..." >&2
  (cd "$atrium_root" && ./mvnw -B -DskipTests -pl releng/org.atrium.repository -am package >&2) || {
    echo "atrium: the build failed; see the output above." >&2
    exit 1
  }
fi
ATRIUM_LAUNCHER=$(atrium_launcher)
ATRIUM_WORKSPACE="${ATRIUM_WORKSPACE:-$HOME/atrium-workspace}"
