#include "SafeFileName.h"

#include <QCoreApplication>
#include <QFileInfo>

std::optional<QString> SafeFileName::fromPeer(const QString &announced, QString *reason)
{
    auto refuse = [reason](const char *text) -> std::optional<QString> {
        if (reason)
            *reason = QCoreApplication::translate("SafeFileName", text);
        return std::nullopt;
    };
    for (const QChar c : announced) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return refuse("The file name contains a control character (such as NUL).");
    }
    QString base = announced.trimmed();
    const qsizetype cut = qMax(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    base = base.mid(cut + 1).trimmed();
    if (base.isEmpty())
        return refuse("The file name is empty.");
    if (base == QLatin1String(".") || base == QLatin1String(".."))
        return refuse("“.” and “..” are not file names.");
    if (base.toUtf8().size() > 255)
        return refuse("The file name is longer than 255 bytes.");
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
    return QStringLiteral("%1 (%2)%3").arg(name.left(dot)).arg(n).arg(name.mid(dot));
}

QString SafeFileName::unique(const QString &dir, const QString &name)
{
    for (int n = 0;; ++n) {
        const QString candidate = dir + QLatin1Char('/') + numbered(name, n);
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
}
