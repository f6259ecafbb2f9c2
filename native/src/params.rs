//! Bound parameter values from JDBC, decoded from the format `ParameterEncoder.java`
//! writes, and cast to the type the planner inferred for each placeholder.

use datafusion::arrow::datatypes::DataType;
use datafusion::common::{ParamValues, ScalarValue};

use crate::errors::{state, EngineError, Result};

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|e| *e <= self.buf.len()).ok_or_else(|| {
            EngineError::internal("truncated parameter buffer")
        })?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    fn i32(&mut self) -> Result<i32> {
        Ok(i32::from_le_bytes(self.arr()?))
    }
    fn i64(&mut self) -> Result<i64> {
        Ok(i64::from_le_bytes(self.arr()?))
    }
    fn str(&mut self) -> Result<String> {
        let len = self.i32()?;
        let bytes = self.take(usize::try_from(len).map_err(|_| EngineError::internal("negative length"))?)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| EngineError::internal("parameter text is not UTF-8"))
    }
}

/// Decodes the values and casts each to its placeholder's inferred type (when known).
pub fn decode(buf: &[u8], types: &[(String, Option<DataType>)]) -> Result<ParamValues> {
    let mut r = Reader { buf, pos: 0 };
    let count = r.i32()? as usize;
    let mut values = Vec::with_capacity(count);
    for i in 0..count {
        let value = read_value(&mut r)?;
        // A placeholder typed Null is one the planner could not infer: keep the value's type.
        let target = types.get(i).and_then(|(_, t)| t.as_ref()).filter(|t| !t.is_null());
        values.push(match target {
            Some(t) if value.data_type() != *t => value.cast_to(t).map_err(|e| {
                EngineError::new(
                    state::INVALID_CAST,
                    format!("parameter {} cannot be converted to {t}: {}", i + 1, e.strip_backtrace()),
                )
            })?,
            _ => value,
        });
    }
    Ok(ParamValues::from(values))
}

fn read_value(r: &mut Reader) -> Result<ScalarValue> {
    Ok(match r.u8()? {
        0 => ScalarValue::Null,
        1 => ScalarValue::Boolean(Some(r.u8()? != 0)),
        2 => ScalarValue::Int64(Some(r.i64()?)),
        3 => ScalarValue::Float64(Some(f64::from_le_bytes(r.arr()?))),
        4 => ScalarValue::Float32(Some(f32::from_le_bytes(r.arr()?))),
        5 => decimal(&r.str()?)?,
        6 => ScalarValue::Utf8(Some(r.str()?)),
        7 => {
            let len = r.i32()? as usize;
            ScalarValue::Binary(Some(r.take(len)?.to_vec()))
        }
        8 => ScalarValue::Date32(Some(r.i32()?)),
        9 => ScalarValue::Time64Nanosecond(Some(r.i64()?)),
        10 => {
            let secs = r.i64()?;
            let nanos = r.i32()? as i64;
            let zone = r.str()?;
            let tz = if zone.is_empty() { None } else { Some(zone.into()) };
            match secs.checked_mul(1_000_000_000).and_then(|n| n.checked_add(nanos)) {
                Some(ns) => ScalarValue::TimestampNanosecond(Some(ns), tz),
                None => ScalarValue::TimestampMicrosecond(Some(secs * 1_000_000 + nanos / 1_000), tz),
            }
        }
        11 => ScalarValue::Int32(Some(r.i32()?)),
        12 => ScalarValue::Int16(Some(i16::from_le_bytes(r.arr()?))),
        13 => ScalarValue::Int8(Some(r.u8()? as i8)),
        tag => return Err(EngineError::internal(format!("unknown parameter tag {tag}"))),
    })
}

/// A BigDecimal's text becomes a Decimal128 with the text's own scale.
fn decimal(text: &str) -> Result<ScalarValue> {
    let bad = || EngineError::new(state::INVALID_CAST, format!("invalid decimal parameter '{text}'"));
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().map_err(|_| bad())?),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int_part}{frac_part}");
    let unscaled: i128 = digits.parse().map_err(|_| bad())?;
    let mut scale = frac_part.len() as i32 - exponent;
    let mut unscaled = unscaled;
    if scale < 0 {
        unscaled = unscaled.checked_mul(10i128.checked_pow((-scale) as u32).ok_or_else(bad)?).ok_or_else(bad)?;
        scale = 0;
    }
    let precision = unscaled.unsigned_abs().to_string().len().max(scale as usize).max(1);
    if precision > 38 || scale > 38 {
        // Too wide for Decimal128: let the engine take it as a double rather than fail.
        return Ok(ScalarValue::Float64(Some(text.parse().map_err(|_| bad())?)));
    }
    Ok(ScalarValue::Decimal128(Some(unscaled), precision as u8, scale as i8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_text_keeps_scale() {
        assert_eq!(decimal("12.50").ok(), Some(ScalarValue::Decimal128(Some(1250), 4, 2)));
        assert_eq!(decimal("-0.001").ok(), Some(ScalarValue::Decimal128(Some(-1), 3, 3)));
        assert_eq!(decimal("1E+3").ok(), Some(ScalarValue::Decimal128(Some(1000), 4, 0)));
    }
}
