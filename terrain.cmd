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
"%JAVA%" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:MaxRAMPercentage=50 -Xss8m %TERRAIN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
