#pragma once

#include <QString>

#include <optional>

// The name an uploaded file is saved under: only the base name of what the peer announced
// ("/home/me/a.txt" and "C:\\x\\a.txt" become "a.txt"); empty, ".", "..", NUL and other
// control characters are refused with a translated reason.
class SafeFileName
{
public:
    static std::optional<QString> fromPeer(const QString &announced, QString *reason = nullptr);
    // "dir/name", or "dir/name (1)", "dir/name (2)" … (before the extension) when taken.
    static QString unique(const QString &dir, const QString &name);
    // "name (n)" with n before the extension: "a.tar.gz" -> "a (1).tar.gz".
    static QString numbered(const QString &name, int n);
};
