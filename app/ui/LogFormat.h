#pragma once

// The formats a log can be saved in (File → Save Log as Text / as CSV; the traffic view's Save
// menu also saves its events as JSON Lines, docs/events.md, which `socketlab diagram` draws).
enum class LogFormat { Text, Csv, Events };
