#pragma once

#include <QCoreApplication>
#include <QString>

// The unit a chart of byte rates is drawn in: bytes/s, KiB/s, MiB/s or GiB/s (IEC, powers of
// 1024, like ByteCountText), the largest one the highest rate shown reaches, so the axis reads
// "0 … 750 KiB/s" rather than "0 … 768000".
class RateUnit
{
    Q_DECLARE_TR_FUNCTIONS(RateUnit)

public:
    static RateUnit forPeak(double bytesPerSecond);

    double divisor() const;   // 1, 1024, 1024², 1024³
    QString name() const;     // "bytes/s", "KiB/s", … (translated)
    double scaled(double bytesPerSecond) const;

private:
    explicit RateUnit(int power);

    int m_power = 0;
};
