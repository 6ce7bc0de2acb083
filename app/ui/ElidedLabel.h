#pragma once

#include <QLabel>
#include <QString>

// A one-line label that never asks for the width of its text: it takes the room its layout gives
// it, draws the text elided ("…") when it does not fit, and shows the full text as its tooltip.
// Used in the status bar, so a long summary never makes the window wider. text() is the full text
// (it is a QLabel for everything that reads it); only the painting and the size hints differ.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);   // hides QLabel::setText: use it through ElidedLabel
    // What is drawn now: the text, or its elided form when it does not fit.
    QString displayedText() const;
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateElided();

    QString m_elided;
};
