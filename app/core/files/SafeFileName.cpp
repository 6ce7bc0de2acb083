#include "SafeFileName.h"

#include <QCoreApplication>
#include <QFileInfo>

bool SafeFileName::isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);   // C0, DEL and C1
}

std::optional<QString> SafeFileName::fromPeer(const QString &announced, QString *reason)
{
    auto refuse = [reason](const char *text) -> std::optional<QString> {
        if (reason)
            *reason = QCoreApplication::translate("SafeFileName", text);
        return std::nullopt;
    };
    for (const QChar c : announced) {
        if (isControl(c)) {
            if (reason) {
                const QString code = QStringLiteral("%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
                *reason = QCoreApplication::translate("SafeFileName",
                                                      "The file name contains the control character U+%1; control characters are not allowed in file names.")
                              .arg(code);
            }
            return std::nullopt;
        }
    }
    QString base = announced.trimmed();
    const qsizetype cut = qMax(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    base = base.mid(cut + 1).trimmed();
    if (base.isEmpty())
        return refuse("The file name is empty.");
    if (base == QLatin1String(".") || base == QLatin1String(".."))
        return refuse("“.” and “..” are not file names.");
    const qsizetype bytes = base.toUtf8().size();
    if (bytes > MaxBytes) {
        if (reason)
            *reason = QCoreApplication::translate("SafeFileName", "The file name is too long: %1 bytes in UTF-8, at most %2 are allowed.")
                          .arg(QString::number(bytes), QString::number(MaxBytes));
        return std::nullopt;
    }
    return base;
}

QString SafeFileName::numbered(const QString &name, int n)
{
    if (n <= 0)
        return name;
    // "a.txt" -> "a (1).txt"; ".tar.gz" stays together; a leading dot (".bashrc") is not an
    // extension.
    qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const qsizetype tar = name.lastIndexOf(QLatin1String(".tar."), -1, Qt::CaseInsensitive);
    if (tar > 0 && tar > dot - 6)
        dot = tar;
    if (dot <= 0)
        dot = name.size();
    const QString number = QStringLiteral(" (%1)").arg(n);
    if (number.size() + name.mid(dot).toUtf8().size() > MaxBytes)
        dot = name.size();   // an absurdly long extension: number the whole name instead
    QString stem = name.left(dot);
    const QString suffix = number + name.mid(dot);
    // A name near the 255-byte limit loses the end of its stem (whole characters) instead of
    // getting a name the file system refuses.
    const qsizetype room = MaxBytes - suffix.toUtf8().size();
    while (!stem.isEmpty() && stem.toUtf8().size() > room)
        stem.chop(stem.size() >= 2 && stem.back().isLowSurrogate() && stem.at(stem.size() - 2).isHighSurrogate() ? 2 : 1);
    return stem + suffix;
}

QString SafeFileName::unique(const QString &dir, const QString &name)
{
    for (int n = 0;; ++n) {
        const QString candidate = dir + QLatin1Char('/') + numbered(name, n);
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
}
