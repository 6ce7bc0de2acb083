#pragma once

#include <QList>
#include <QMap>
#include <QWidget>

#include "LabDefinition.h"

class QFormLayout;
class QLineEdit;

// The fields for a lab's parameters (the file name the download lab asks for, …): one line edit
// per parameter, its description as the tooltip and the default as the placeholder. Hidden when
// the lab has none. Values are remembered per lab and parameter ("lab/parameters/<lab>/<name>").
class LabParameterForm final : public QWidget
{
    Q_OBJECT

public:
    explicit LabParameterForm(QWidget *parent = nullptr);

    void setLab(const LabDefinition &lab);
    // The values typed (empty fields are left out, so the lab's default applies).
    QMap<QString, QString> values() const;
    // Fills the fields of the parameters named (unknown names: false, with the name).
    bool setValues(const QMap<QString, QString> &values, QString *unknown = nullptr);
    void saveSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QFormLayout *m_layout;
    LabDefinition m_lab;
    QList<QLineEdit *> m_fields;
};
