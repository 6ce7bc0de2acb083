#include "UploadStateFolder.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include "RootedFile.h"

// What both builds share; the folder itself is handled in posix/UploadStateFolder.cpp or
// portable/UploadStateFolder.cpp.

namespace {
constexpr const char *FolderName = RootedFile::PrivateFolderName;   // hidden from every listing
const char RecordFormat[] = "socketlab-partial-upload/1";
} // namespace

QString UploadStateFolder::partName(const QString &slot)
{
    return slot + QStringLiteral(".part");
}

QString UploadStateFolder::recordName(const QString &slot)
{
    return slot + QStringLiteral(".meta");
}

QString UploadStateFolder::randomHex()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
}

QByteArray UploadStateFolder::recordBytes(const QString &name, qint64 size, quint64 device, quint64 inode)
{
    QJsonObject record;
    record.insert(QStringLiteral("format"), QLatin1String(RecordFormat));
    record.insert(QStringLiteral("name"), name);
    record.insert(QStringLiteral("size"), QString::number(size));
    record.insert(QStringLiteral("device"), QString::number(device));
    record.insert(QStringLiteral("inode"), QString::number(inode));
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

UploadStateFolder::UploadStateFolder() = default;

UploadStateFolder::~UploadStateFolder()
{
    close();
}

QString UploadStateFolder::folderName()
{
    return QLatin1String(FolderName);
}

bool UploadStateFolder::isStateFolderName(QStringView name)
{
    // Case-insensitive: on a case-insensitive file system ".SocketLab-Partial" is the same folder.
    return name.compare(QLatin1String(FolderName), Qt::CaseInsensitive) == 0;
}

QString UploadStateFolder::slotFor(const QString &name, qint64 size)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(name.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArray::number(size));
    return QString::fromLatin1(hash.result().toHex());
}

QString UploadStateFolder::inbox() const
{
    return m_inbox;
}

QString UploadStateFolder::path() const
{
    return m_inbox + QLatin1Char('/') + folderName();
}

UploadStateFolder::Partial UploadStateFolder::newTemporary() const
{
    Partial partial;
    partial.slot = QStringLiteral("classic-") + randomHex();
    partial.path = path() + QLatin1Char('/') + partName(partial.slot);
    return partial;
}
