@echo off
rem The terrain command line on Windows: builds the engine on first use, then runs it with Java 25.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%corpus-tools\target\corpus-tools-0.1.0-SNAPSHOT.jar"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if not exist "%JAR%" (
  echo terrain: first use, building the engine... 1>&2
  pushd "%HERE%" && call mvnw.cmd -q -B -DskipTests -pl corpus-tools -am install 1>&2 & popd
)
rem Text is UTF-8. What is known (no Windows machine to measure on): java.exe reads its arguments, the
rem environment and the names it hands to the system in the ANSI code page (GetACP: windows-1252 on a French
rem or English Windows), which neither chcp nor a -D option changes; every French letter, « » and the dash
rem are in windows-1252, so they arrive intact, while letters outside it arrive as "?" unless Windows has
rem "Beta: Use Unicode UTF-8 for worldwide language support" (Region settings), which makes that code page
rem UTF-8. The command line writes UTF-8: chcp 65001 makes the console show it, and stdout/stderr.encoding
rem make Java's own streams (log lines) UTF-8 too. The console's code page is put back afterwards.
for /f "tokens=2 delims=:" %%c in ('chcp') do set "TERRAIN_CP=%%c"
chcp 65001 >nul
"%JAVA%" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:MaxRAMPercentage=50 -Xss8m -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %TERRAIN_JAVA_OPTS% -jar "%JAR%" %*
set "TERRAIN_EXIT=%ERRORLEVEL%"
if defined TERRAIN_CP for /f "tokens=1 delims=. " %%c in ("%TERRAIN_CP%") do chcp %%c >nul
exit /b %TERRAIN_EXIT%
