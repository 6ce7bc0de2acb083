#pragma once

// The formats a log can be saved in (File → Save Log as Text / as CSV).
enum class LogFormat { Text, Csv };
