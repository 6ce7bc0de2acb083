#pragma once

#include <QStringList>

#include "TransferCommand.h"

// `socketlab put HOST:PORT FILE [--classic] [--name NAME]`: uploads FILE over SLFT/1 (resume,
// SHA-256 confirmed by the server) or, with --classic, to a seed-style upload server.
class PutCommand final : public TransferCommand
{
    Q_OBJECT

public:
    explicit PutCommand(ConsoleOutput *output, QObject *parent = nullptr);

    bool parse(const QStringList &arguments, QString *error) override;
};
