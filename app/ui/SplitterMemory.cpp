#include "SplitterMemory.h"

#include <QSettings>
#include <QSplitter>

bool SplitterMemory::remember(QSplitter *splitter, const QString &key, const QList<int> &defaultSizes)
{
    if (!defaultSizes.isEmpty())
        splitter->setSizes(defaultSizes);
    const QByteArray saved = QSettings().value(key).toByteArray();
    const bool restored = !saved.isEmpty() && splitter->restoreState(saved);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, key] {
        QSettings().setValue(key, splitter->saveState());
    });
    return restored;
}
