#pragma once

#include <QList>
#include <QString>

class QSplitter;

// Remembers where the user put a splitter: restores its state from QSettings under `key` (when
// one was saved) and saves it each time the user moves it. Sizes set by code (the defaults) are
// never saved, so a better default in a later version still reaches users who never moved it.
class SplitterMemory
{
public:
    // `defaultSizes` (may be empty) are applied first; the saved state, if any, wins.
    static bool remember(QSplitter *splitter, const QString &key, const QList<int> &defaultSizes = {});
};
