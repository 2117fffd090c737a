@echo off
rem Launches phonetriage from its distribution (this file in bin\, the jar in lib\); needs Java 17.
setlocal
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined PHONETRIAGE_JAVA_OPTS set "PHONETRIAGE_JAVA_OPTS=-Xmx1g"
"%JAVA%" %PHONETRIAGE_JAVA_OPTS% -jar "%~dp0..\lib\phonetriage.jar" %*
exit /b %ERRORLEVEL%
