#pragma once

#include <QStringList>

#include "TransferCommand.h"

// `socketlab get HOST:PORT NAME [--out DIR] [--classic]`: downloads NAME into DIR (default: the
// current folder) over SLFT/1 (resumes a "<name>.part", verifies SHA-256) or, with --classic,
// from a seed-style download server.
class GetCommand final : public TransferCommand
{
    Q_OBJECT

public:
    explicit GetCommand(ConsoleOutput *output, QObject *parent = nullptr);

    bool parse(const QStringList &arguments, QString *error) override;
};
