//! Result transfer: schemas and record batches encoded into one byte buffer each,
//! in the layout that `docs/internals/wire-format.md` defines and
//! `io.dfschema.engine.vector.BatchDecoder` reads. One JNI copy per batch, no Arrow
//! Java on the other side.
//!
//! Dictionaries and run-end encodings are decoded here, view and large string/binary
//! kinds are sent like their plain forms, and every list kind travels as 32-bit
//! offsets plus one child column, so the Java side has few layouts to know.

use datafusion::arrow::array::*;
use datafusion::arrow::compute::{cast, concat};
use datafusion::arrow::datatypes::*;
use datafusion::arrow::util::display::{ArrayFormatter, FormatOptions};

use crate::errors::Result;

// Wire ids of the type families (io.dfschema.engine.TypeId ordinals).
mod id {
    pub const NULL: u8 = 0;
    pub const BOOL: u8 = 1;
    pub const INT8: u8 = 2;
    pub const INT16: u8 = 3;
    pub const INT32: u8 = 4;
    pub const INT64: u8 = 5;
    pub const UINT8: u8 = 6;
    pub const UINT16: u8 = 7;
    pub const UINT32: u8 = 8;
    pub const UINT64: u8 = 9;
    pub const FLOAT16: u8 = 10;
    pub const FLOAT32: u8 = 11;
    pub const FLOAT64: u8 = 12;
    pub const DECIMAL32: u8 = 13;
    pub const DECIMAL64: u8 = 14;
    pub const DECIMAL128: u8 = 15;
    pub const DECIMAL256: u8 = 16;
    pub const UTF8: u8 = 17;
    pub const LARGE_UTF8: u8 = 18;
    pub const UTF8_VIEW: u8 = 19;
    pub const BINARY: u8 = 20;
    pub const LARGE_BINARY: u8 = 21;
    pub const BINARY_VIEW: u8 = 22;
    pub const FIXED_SIZE_BINARY: u8 = 23;
    pub const DATE32: u8 = 24;
    pub const DATE64: u8 = 25;
    pub const TIME32: u8 = 26;
    pub const TIME64: u8 = 27;
    pub const TIMESTAMP: u8 = 28;
    pub const INTERVAL: u8 = 29;
    pub const DURATION: u8 = 30;
    pub const LIST: u8 = 31;
    pub const LARGE_LIST: u8 = 32;
    pub const FIXED_SIZE_LIST: u8 = 33;
    pub const LIST_VIEW: u8 = 34;
    pub const LARGE_LIST_VIEW: u8 = 35;
    pub const STRUCT: u8 = 36;
    pub const MAP: u8 = 37;
    pub const DICTIONARY: u8 = 38;
    pub const UNION: u8 = 39;
    pub const RUN_END_ENCODED: u8 = 40;
}

/// A little-endian byte writer.
#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn with_capacity(n: usize) -> Self {
        Writer { buf: Vec::with_capacity(n) }
    }
    fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    fn i32(&mut self, v: i32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.i32(s.len() as i32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }
}

// ---------------------------------------------------------------- schema

pub fn encode_schema(schema: &Schema) -> Vec<u8> {
    let mut w = Writer::default();
    w.i32(schema.fields().len() as i32);
    for f in schema.fields() {
        encode_field(&mut w, f);
    }
    w.buf
}

/// Encodes named, possibly untyped fields (used for placeholder types).
pub fn encode_fields(fields: &[(String, Option<DataType>)]) -> Vec<u8> {
    let mut w = Writer::default();
    w.i32(fields.len() as i32);
    for (name, dt) in fields {
        w.str(name);
        w.u8(1);
        encode_type(&mut w, dt.as_ref().unwrap_or(&DataType::Null));
    }
    w.buf
}

fn encode_field(w: &mut Writer, f: &Field) {
    w.str(f.name());
    w.u8(f.is_nullable() as u8);
    encode_type(w, f.data_type());
}

fn time_unit(u: &TimeUnit) -> u8 {
    match u {
        TimeUnit::Second => 0,
        TimeUnit::Millisecond => 1,
        TimeUnit::Microsecond => 2,
        TimeUnit::Nanosecond => 3,
    }
}

fn encode_type(w: &mut Writer, dt: &DataType) {
    use DataType as D;
    let type_id = match dt {
        D::Null => id::NULL,
        D::Boolean => id::BOOL,
        D::Int8 => id::INT8,
        D::Int16 => id::INT16,
        D::Int32 => id::INT32,
        D::Int64 => id::INT64,
        D::UInt8 => id::UINT8,
        D::UInt16 => id::UINT16,
        D::UInt32 => id::UINT32,
        D::UInt64 => id::UINT64,
        D::Float16 => id::FLOAT16,
        D::Float32 => id::FLOAT32,
        D::Float64 => id::FLOAT64,
        D::Decimal32(..) => id::DECIMAL32,
        D::Decimal64(..) => id::DECIMAL64,
        D::Decimal128(..) => id::DECIMAL128,
        D::Decimal256(..) => id::DECIMAL256,
        D::Utf8 => id::UTF8,
        D::LargeUtf8 => id::LARGE_UTF8,
        D::Utf8View => id::UTF8_VIEW,
        D::Binary => id::BINARY,
        D::LargeBinary => id::LARGE_BINARY,
        D::BinaryView => id::BINARY_VIEW,
        D::FixedSizeBinary(_) => id::FIXED_SIZE_BINARY,
        D::Date32 => id::DATE32,
        D::Date64 => id::DATE64,
        D::Time32(_) => id::TIME32,
        D::Time64(_) => id::TIME64,
        D::Timestamp(..) => id::TIMESTAMP,
        D::Interval(_) => id::INTERVAL,
        D::Duration(_) => id::DURATION,
        D::List(_) => id::LIST,
        D::LargeList(_) => id::LARGE_LIST,
        D::FixedSizeList(..) => id::FIXED_SIZE_LIST,
        D::ListView(_) => id::LIST_VIEW,
        D::LargeListView(_) => id::LARGE_LIST_VIEW,
        D::Struct(_) => id::STRUCT,
        D::Map(..) => id::MAP,
        D::Dictionary(..) => id::DICTIONARY,
        D::Union(..) => id::UNION,
        D::RunEndEncoded(..) => id::RUN_END_ENCODED,
    };
    w.u8(type_id);
    w.str(&dt.to_string());
    match dt {
        D::Decimal32(p, s) | D::Decimal64(p, s) | D::Decimal128(p, s) | D::Decimal256(p, s) => {
            w.i32(*p as i32);
            w.i32(*s as i32);
        }
        D::FixedSizeBinary(n) => w.i32(*n),
        D::Time32(u) | D::Time64(u) | D::Duration(u) => w.u8(time_unit(u)),
        D::Timestamp(u, tz) => {
            w.u8(time_unit(u));
            w.str(tz.as_deref().unwrap_or(""));
        }
        D::Interval(u) => w.u8(match u {
            IntervalUnit::YearMonth => 0,
            IntervalUnit::DayTime => 1,
            IntervalUnit::MonthDayNano => 2,
        }),
        D::List(f) | D::LargeList(f) | D::ListView(f) | D::LargeListView(f) => {
            w.i32(-1);
            encode_field(w, f);
        }
        D::FixedSizeList(f, n) => {
            w.i32(*n);
            encode_field(w, f);
        }
        D::Struct(fields) => {
            w.i32(fields.len() as i32);
            for f in fields {
                encode_field(w, f);
            }
        }
        D::Union(fields, _) => {
            w.i32(fields.len() as i32);
            for (_, f) in fields.iter() {
                encode_field(w, f);
            }
        }
        D::Map(entries, sorted) => {
            w.u8(*sorted as u8);
            encode_field(w, entries);
        }
        D::Dictionary(k, v) => {
            encode_type(w, k);
            encode_type(w, v);
        }
        D::RunEndEncoded(ends, values) => {
            encode_field(w, ends);
            encode_field(w, values);
        }
        _ => {}
    }
}

// ---------------------------------------------------------------- batches

pub fn encode_batch(batch: &RecordBatch) -> Result<Vec<u8>> {
    let mut w = Writer::with_capacity(batch.get_array_memory_size() + 64);
    w.i32(batch.num_rows() as i32);
    w.i32(batch.num_columns() as i32);
    for col in batch.columns() {
        encode_column(&mut w, col.as_ref())?;
    }
    Ok(w.buf)
}

fn encode_column(w: &mut Writer, array: &dyn Array) -> Result<()> {
    use DataType as D;
    match array.data_type() {
        D::Dictionary(_, value_type) => {
            let decoded = cast(array, value_type)?;
            return encode_column(w, decoded.as_ref());
        }
        D::RunEndEncoded(_, values) => {
            let decoded = cast(array, values.data_type())?;
            return encode_column(w, decoded.as_ref());
        }
        D::Float16 => {
            let widened = cast(array, &D::Float32)?;
            return encode_column(w, widened.as_ref());
        }
        D::Decimal32(p, s) | D::Decimal64(p, s) => {
            let widened = cast(array, &D::Decimal128(*p, *s))?;
            return encode_column(w, widened.as_ref());
        }
        _ => {}
    }
    write_validity(w, array);
    let n = array.len();
    match array.data_type() {
        D::Null => {}
        D::Boolean => {
            let a = array.as_boolean();
            w.buf.extend((0..n).map(|i| a.value(i) as u8));
        }
        D::Int8 => fixed::<Int8Type>(w, array),
        D::Int16 => fixed::<Int16Type>(w, array),
        D::Int32 => fixed::<Int32Type>(w, array),
        D::Int64 => fixed::<Int64Type>(w, array),
        D::UInt8 => fixed::<UInt8Type>(w, array),
        D::UInt16 => fixed::<UInt16Type>(w, array),
        D::UInt32 => fixed::<UInt32Type>(w, array),
        D::UInt64 => fixed::<UInt64Type>(w, array),
        D::Float32 => fixed::<Float32Type>(w, array),
        D::Float64 => fixed::<Float64Type>(w, array),
        D::Decimal128(..) => fixed::<Decimal128Type>(w, array),
        D::Decimal256(..) => {
            let a = array.as_primitive::<Decimal256Type>();
            for v in a.values().iter() {
                w.bytes(&v.to_le_bytes());
            }
        }
        D::Date32 => fixed::<Date32Type>(w, array),
        D::Date64 => fixed::<Date64Type>(w, array),
        D::Time32(TimeUnit::Second) => fixed::<Time32SecondType>(w, array),
        D::Time32(_) => fixed::<Time32MillisecondType>(w, array),
        D::Time64(TimeUnit::Microsecond) => fixed::<Time64MicrosecondType>(w, array),
        D::Time64(_) => fixed::<Time64NanosecondType>(w, array),
        D::Timestamp(..) | D::Duration(_) => {
            // Every unit is an i64; the Java side reads the unit from the schema.
            let data = array.to_data();
            let values: &[i64] = data.buffer::<i64>(0);
            let values = &values[data.offset()..data.offset() + n];
            for v in values {
                w.bytes(&v.to_le_bytes());
            }
        }
        D::Utf8 => {
            let a = array.as_string::<i32>();
            offsets_and_bytes(w, a.value_offsets(), a.value_data());
        }
        D::Binary => {
            let a = array.as_binary::<i32>();
            offsets_and_bytes(w, a.value_offsets(), a.value_data());
        }
        D::LargeUtf8 => {
            let a = array.as_string::<i64>();
            var_values(w, n, |i| a.value(i).as_bytes());
        }
        D::Utf8View => {
            let a = array.as_string_view();
            var_values(w, n, |i| a.value(i).as_bytes());
        }
        D::LargeBinary => {
            let a = array.as_binary::<i64>();
            var_values(w, n, |i| a.value(i));
        }
        D::BinaryView => {
            let a = array.as_binary_view();
            var_values(w, n, |i| a.value(i));
        }
        D::FixedSizeBinary(_) => {
            let a = array.as_fixed_size_binary();
            var_values(w, n, |i| a.value(i));
        }
        D::List(_) => {
            let a = array.as_list::<i32>();
            list(w, a.value_offsets().iter().map(|o| *o as i64), a.values())?;
        }
        D::LargeList(_) => {
            let a = array.as_list::<i64>();
            list(w, a.value_offsets().iter().copied(), a.values())?;
        }
        D::FixedSizeList(_, size) => {
            let a = array.as_fixed_size_list();
            let size = *size as i64;
            let first = if n == 0 { 0 } else { a.value_offset(0) as i64 };
            list(w, (0..=n as i64).map(|i| first + i * size), a.values())?;
        }
        D::ListView(_) | D::LargeListView(_) => {
            // Views may overlap or be out of order: materialise each element in order.
            let mut offsets = Vec::with_capacity(n + 1);
            let mut parts: Vec<ArrayRef> = Vec::with_capacity(n);
            offsets.push(0i64);
            let mut total = 0i64;
            for i in 0..n {
                let element = list_view_value(array, i);
                total += element.len() as i64;
                offsets.push(total);
                parts.push(element);
            }
            let child = concat_or_empty(&parts, list_item_type(array.data_type()))?;
            list(w, offsets.into_iter(), &child)?;
        }
        D::Struct(_) => {
            let a = array.as_struct();
            for child in a.columns() {
                encode_column(w, child.as_ref())?;
            }
        }
        D::Map(..) => {
            let a = array.as_map();
            let offsets = a.value_offsets();
            let first = offsets[0] as usize;
            let last = offsets[n] as usize;
            for o in offsets {
                w.i32(*o - offsets[0]);
            }
            encode_column(w, a.keys().slice(first, last - first).as_ref())?;
            encode_column(w, a.values().slice(first, last - first).as_ref())?;
        }
        // Intervals, unions and anything newer travel as the engine's display text.
        _ => display_text(w, array)?,
    }
    Ok(())
}

fn write_validity(w: &mut Writer, array: &dyn Array) {
    let n = array.len();
    match array.logical_nulls() {
        Some(nulls) if nulls.null_count() > 0 => {
            w.u8(1);
            let bits = nulls.inner();
            if bits.offset() % 8 == 0 {
                let start = bits.offset() / 8;
                w.bytes(&bits.values()[start..start + n.div_ceil(8)]);
            } else {
                let mut byte = 0u8;
                for i in 0..n {
                    if nulls.is_valid(i) {
                        byte |= 1 << (i % 8);
                    }
                    if i % 8 == 7 {
                        w.u8(byte);
                        byte = 0;
                    }
                }
                if n % 8 != 0 {
                    w.u8(byte);
                }
            }
        }
        _ => w.u8(0),
    }
}

fn fixed<T: ArrowPrimitiveType>(w: &mut Writer, array: &dyn Array) {
    let a = array.as_primitive::<T>();
    // The scalar buffer is already sliced to this array; on little-endian targets
    // its bytes are the wire bytes.
    w.bytes(a.values().inner().as_slice());
}

fn offsets_and_bytes<O: OffsetSizeTrait + Into<i64> + Copy>(w: &mut Writer, offsets: &[O], data: &[u8]) {
    let first: i64 = offsets[0].into();
    let last: i64 = offsets[offsets.len() - 1].into();
    for o in offsets {
        let o: i64 = (*o).into();
        w.i32((o - first) as i32);
    }
    w.bytes(&data[first as usize..last as usize]);
}

fn var_values<'a>(w: &mut Writer, n: usize, value: impl Fn(usize) -> &'a [u8]) {
    let mut offset = 0i32;
    w.i32(0);
    for i in 0..n {
        offset += value(i).len() as i32;
        w.i32(offset);
    }
    for i in 0..n {
        w.bytes(value(i));
    }
}

fn list(w: &mut Writer, offsets: impl Iterator<Item = i64>, values: &ArrayRef) -> Result<()> {
    let offsets: Vec<i64> = offsets.collect();
    let first = offsets[0];
    let last = offsets[offsets.len() - 1];
    for o in &offsets {
        w.i32((o - first) as i32);
    }
    let child = values.slice(first as usize, (last - first) as usize);
    encode_column(w, child.as_ref())
}

fn list_view_value(array: &dyn Array, i: usize) -> ArrayRef {
    match array.data_type() {
        DataType::ListView(_) => array.as_list_view::<i32>().value(i),
        _ => array.as_list_view::<i64>().value(i),
    }
}

fn list_item_type(dt: &DataType) -> DataType {
    match dt {
        DataType::List(f)
        | DataType::LargeList(f)
        | DataType::ListView(f)
        | DataType::LargeListView(f)
        | DataType::FixedSizeList(f, _) => f.data_type().clone(),
        _ => DataType::Null,
    }
}

fn concat_or_empty(parts: &[ArrayRef], item_type: DataType) -> Result<ArrayRef> {
    if parts.is_empty() {
        return Ok(new_empty_array(&item_type));
    }
    let refs: Vec<&dyn Array> = parts.iter().map(|a| a.as_ref()).collect();
    Ok(concat(&refs)?)
}

fn display_text(w: &mut Writer, array: &dyn Array) -> Result<()> {
    let options = FormatOptions::default().with_null("NULL");
    let formatter = ArrayFormatter::try_new(array, &options)?;
    let texts: Vec<String> = (0..array.len())
        .map(|i| if array.is_null(i) { String::new() } else { formatter.value(i).to_string() })
        .collect();
    var_values(w, texts.len(), |i| texts[i].as_bytes());
    Ok(())
}
