#pragma once

#include <QList>
#include <QWidget>

#include "LabDefinition.h"

class LabParameterForm;
class QComboBox;
class QLabel;

// The top of the Lab tab: which lab to run. A combo box of the built-in labs (titles in the
// current language) and the lab files loaded in this session, ending with "Open lab file…"; the
// lab's description, the lecture script it matches and who plays which side; the fields for its
// parameters; and, when a lab file is refused, the file's "line N: reason" in plain view.
class LabChooser final : public QWidget
{
    Q_OBJECT

public:
    explicit LabChooser(QWidget *parent = nullptr);

    // The lab picked; null when there is none (no built-in lab and no file loaded).
    const LabDefinition *lab() const;
    LabParameterForm *parameterForm() const;
    // Picks the built-in lab (or a lab file loaded before) with this id; false when none has it.
    bool selectLab(const QString &id);
    // Reads a lab file (LabFileParser) and picks it; false with "line N: reason" (also shown).
    bool loadFile(const QString &path, QString *error = nullptr);
    // Adds a lab that did not come from the catalogue or a file picked here, and picks it.
    void addLab(const LabDefinition &lab);
    // The message about the last refused lab file; empty when the last one loaded.
    QString fileError() const;
    // "tcp-upper" for a built-in lab, "file:/path/lab.json" for a file (settings, --open).
    QString currentKey() const;
    void restoreKey(const QString &key);
    // Asks for a lab file (remembering the folder) and loads it.
    void chooseFile();

signals:
    void labChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    int addItem(const LabDefinition &lab);
    void onActivated(int index);
    void fillCombo();
    void showLab();
    void describe();
    void showFileError(const QString &message);

    QComboBox *m_combo;
    QLabel *m_description;
    QLabel *m_error;
    LabParameterForm *m_parameters;
    QList<LabDefinition> m_labs;       // combo item i (before the separator) is m_labs[i]
    int m_current = -1;
    QString m_fileError;
};
