# Finds a Java 25 for the launchers and exports TERRAIN_JAVA and JAVA_HOME (for ./mvnw); then makes sure that
# Java reads arguments, environment and file names as UTF-8 (see terrain_utf8_locale).
# Order: JAVA_HOME if it is 25 or newer, a Temurin 25 under /usr/lib/jvm or macOS's JavaVirtualMachines,
# then the java on PATH.
terrain_java_settings() {
  "$1" -XshowSettings:properties -version 2>&1
}
terrain_java_major() {
  printf '%s\n' "$1" | sed -n 's/^ *java.specification.version = //p' | head -n1
}
terrain_pick_java() {
  local candidate settings
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /Library/Java/JavaVirtualMachines/temurin-25*/Contents/Home; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
      settings=$(terrain_java_settings "$candidate/bin/java")
      local major; major=$(terrain_java_major "$settings")
      if [ "${major:-0}" -ge 25 ] 2>/dev/null; then
        export JAVA_HOME="$candidate"; TERRAIN_JAVA="$candidate/bin/java"; TERRAIN_JAVA_SETTINGS=$settings
        return 0
      fi
    fi
  done
  if command -v java >/dev/null 2>&1; then
    settings=$(terrain_java_settings java)
    local major; major=$(terrain_java_major "$settings")
    if [ "${major:-0}" -ge 25 ] 2>/dev/null; then TERRAIN_JAVA=java; TERRAIN_JAVA_SETTINGS=$settings; return 0; fi
  fi
  echo "terrain: Java 25 (Temurin JDK 25) is required; set JAVA_HOME to it." >&2
  exit 2
}
# Java decodes the command's arguments, the environment and file names with the charset of the locale
# (sun.jnu.encoding; -Dsun.jnu.encoding is ignored, and -Dfile.encoding, UTF-8 anyway since Java 18, does not
# cover them). Under cron, ssh or in a container the locale is often unset, C or POSIX (ASCII), or names one
# that is not installed, and then glibc falls back to C for every category: « réalisé » typed in a script would
# be stored as « r��alis�� », « Église.txt » would not be found. So when the Java just found does not read
# UTF-8 under the current locale, it runs under a UTF-8 one (C.UTF-8 where it exists). A working UTF-8 locale
# (fr_FR.UTF-8…) is left alone; macOS reads UTF-8 whatever the locale. The user's own setting is handed on in
# TERRAIN_USER_LOCALE, from which the command line still chooses the language of its messages.
terrain_utf8_locale() {
  local jnu available utf8
  jnu=$(printf '%s\n' "$TERRAIN_JAVA_SETTINGS" | sed -n 's/^ *sun.jnu.encoding = //p' | head -n1)
  if [ "$jnu" = UTF-8 ]; then
    return 0
  fi
  available=$(locale -a 2>/dev/null || true)
  utf8=$(printf '%s\n' "$available" | grep -ix 'c\.utf-\{0,1\}8' | head -n1 || true)
  if [ -z "$utf8" ]; then
    utf8=$(printf '%s\n' "$available" | grep -i '\.utf-\{0,1\}8$' | head -n1 || true)
  fi
  export TERRAIN_USER_LOCALE="${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}"
  export LC_ALL="${utf8:-C.UTF-8}"
}
terrain_pick_java
terrain_utf8_locale
