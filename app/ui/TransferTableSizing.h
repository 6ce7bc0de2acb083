#pragma once

class QTableView;
class TransferTableModel;

// Column widths of a transfers table from the texts its columns show (so "Download (SocketLab)"
// and "1,023.99 MiB of 1.00 GiB" are not cut off), in the view's font and language: the file
// and last (state/result) columns take what is left. Call again after a language change.
class TransferTableSizing
{
public:
    static void apply(QTableView *view, const TransferTableModel *model);
};
