#pragma once

// Whether standard error is a terminal, so that progress can rewrite one line in place
// ("\r" and an erase) instead of printing a line per update. posix/ConsoleTerminal.cpp asks
// isatty(); the portable build cannot tell and prints plain lines.
class ConsoleTerminal
{
public:
    static bool stderrIsTerminal();
};
