#pragma once

#include <QList>

class CommandSpec;

// The option tables of every headless command, in the order `socketlab --help` and the man page
// list them.
class CommandCatalog
{
public:
    static QList<const CommandSpec *> commands();
    static const CommandSpec *find(const QString &name);   // nullptr when there is no such command
};
