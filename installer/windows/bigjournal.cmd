@rem "bigjournal" in a terminal: the command-line program beside this folder.
@"%~dp0..\bigjournal-cli.exe" %*
@exit /b %ERRORLEVEL%
