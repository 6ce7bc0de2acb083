#pragma once

#include <QString>

#include <optional>

// The name an uploaded file is saved under: only the base name of what the peer announced
// ("/home/me/a.txt" and "C:\\x\\a.txt" become "a.txt"); empty, ".", "..", names over 255 bytes
// and C0/C1 control characters (U+0000–U+001F, U+007F–U+009F) are refused with a translated
// reason.
class SafeFileName
{
public:
    static constexpr qsizetype MaxBytes = 255;   // per name, in UTF-8 (the usual file system limit)

    static bool isControl(QChar c);
    static std::optional<QString> fromPeer(const QString &announced, QString *reason = nullptr);
    // "dir/name", or "dir/name (1)", "dir/name (2)" … (before the extension) when taken.
    static QString unique(const QString &dir, const QString &name);
    // "name (n)" with n before the extension: "a.tar.gz" -> "a (1).tar.gz". The stem is
    // shortened when the result would exceed MaxBytes.
    static QString numbered(const QString &name, int n);
};
