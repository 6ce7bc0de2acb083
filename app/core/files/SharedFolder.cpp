#include "SharedFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
void setReason(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}
} // namespace

SharedFolder::SharedFolder(const QString &root)
{
    if (!root.isEmpty())
        m_root = QFileInfo(root).canonicalFilePath();
}

QString SharedFolder::root() const
{
    return m_root;
}

bool SharedFolder::isValid() const
{
    return !m_root.isEmpty() && QFileInfo(m_root).isDir();
}

bool SharedFolder::isAcceptableName(const QString &name, QString *reason)
{
    if (name.size() > 4096) {
        setReason(reason, tr("The name is too long."));
        return false;
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            setReason(reason, tr("The name contains a control character (such as NUL)."));
            return false;
        }
    }
    if (name.contains(QLatin1Char('\\'))) {
        setReason(reason, tr("The name contains a backslash; use “/” between folders."));
        return false;
    }
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('~'))
        || (name.size() > 1 && name.at(1) == QLatin1Char(':'))) {
        setReason(reason, tr("Absolute paths are not allowed; names are relative to the shared folder."));
        return false;
    }
    static const QRegularExpression percent(QStringLiteral("%[0-9A-Fa-f]{2}"));
    if (name.contains(percent)) {
        setReason(reason, tr("Percent escapes such as “%2e” are not allowed in names."));
        return false;
    }
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String(".")) {
            setReason(reason, tr("“.” and “..” are not allowed: only files inside the shared folder are served."));
            return false;
        }
    }
    return true;
}

std::optional<QString> SharedFolder::resolveFile(const QString &name, QString *reason) const
{
    return resolve(name, false, reason);
}

std::optional<QString> SharedFolder::resolveFolder(const QString &name, QString *reason) const
{
    return resolve(name, true, reason);
}

std::optional<QString> SharedFolder::resolve(const QString &name, bool wantFolder, QString *reason) const
{
    if (!isValid()) {
        setReason(reason, tr("The shared folder does not exist."));
        return std::nullopt;
    }
    QString trimmed = name;
    while (trimmed.startsWith(QLatin1Char('/')) && wantFolder)
        trimmed.remove(0, 1);
    if (!wantFolder && trimmed.isEmpty()) {
        setReason(reason, tr("The name is empty."));
        return std::nullopt;
    }
    if (!isAcceptableName(trimmed, reason))
        return std::nullopt;
    const QString joined = trimmed.isEmpty() ? m_root : m_root + QLatin1Char('/') + trimmed;
    const QFileInfo info(joined);
    if (!info.exists()) {
        setReason(reason, wantFolder ? tr("There is no such folder.") : tr("There is no such file."));
        return std::nullopt;
    }
    // Symlinks are followed, but the target must still be inside the shared folder.
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()
        || (canonical != m_root && !canonical.startsWith(m_root + QLatin1Char('/')))) {
        setReason(reason, tr("The name leads outside the shared folder."));
        return std::nullopt;
    }
    const QFileInfo target(canonical);
    if (wantFolder ? !target.isDir() : !target.isFile()) {
        setReason(reason, wantFolder ? tr("That is not a folder.") : tr("That is not a file."));
        return std::nullopt;
    }
    if (!target.isReadable()) {
        setReason(reason, tr("The file cannot be read (permission denied)."));
        return std::nullopt;
    }
    return canonical;
}

QString SharedFolder::relativePath(const QString &absolutePath) const
{
    return QDir(m_root).relativeFilePath(absolutePath);
}
