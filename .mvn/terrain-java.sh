# Finds a Java 25 for the launchers and exports TERRAIN_JAVA and JAVA_HOME (for ./mvnw).
# Order: JAVA_HOME if it is 25 or newer, a Temurin 25 under /usr/lib/jvm or macOS's JavaVirtualMachines,
# then the java on PATH.
terrain_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
terrain_pick_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /Library/Java/JavaVirtualMachines/temurin-25*/Contents/Home; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
      local major; major=$(terrain_java_major "$candidate/bin/java")
      if [ "${major:-0}" -ge 25 ] 2>/dev/null; then
        export JAVA_HOME="$candidate"; TERRAIN_JAVA="$candidate/bin/java"; return 0
      fi
    fi
  done
  if command -v java >/dev/null 2>&1; then
    local major; major=$(terrain_java_major java)
    if [ "${major:-0}" -ge 25 ] 2>/dev/null; then TERRAIN_JAVA=java; return 0; fi
  fi
  echo "terrain: Java 25 (Temurin JDK 25) is required; set JAVA_HOME to it." >&2
  exit 2
}
terrain_pick_java
