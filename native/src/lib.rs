//! dfschema's native engine: Apache DataFusion behind a small JNI surface.
//!
//! Module map: `session` (one SessionContext per connection), `exec` (plan, run,
//! stream), `runtime` (tokio runtime and cancellation), `transfer` (schema and batch
//! wire format), `params` (bound parameters), `errors` (SQLState mapping), `stats`
//! (live objects and heap bytes), `ffi_export` (Arrow C stream escape hatch), `resources` (memory pool and
//! spill folder), `policy` (file access policy, what read-only refuses),
//! `catalog` (lazily registered file datasets, catalog events, constraint and default
//! lookups), `diagnostics` (append-only tables filled from Java).
//!
//! This file holds only the JNI functions. Each one runs inside [`guard`], which turns
//! errors and panics into a Java `EngineException`, so nothing unwinds across JNI.
//! Handles are `Box` pointers passed as `long`; the Java wrappers own them, free them
//! exactly once, and serialise calls that need `&mut` access (stream reads).

mod bounded_pad;
mod catalog;
mod diagnostics;
#[cfg(feature = "distributed")]
pub mod distributed;
mod errors;
mod exec;
mod ffi_export;
mod params;
mod policy;
mod resources;
mod runtime;
mod session;
mod stats;
mod transfer;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use jni::objects::{JByteArray, JClass, JObject, JObjectArray, JString, JThrowable, JValue};
use jni::sys::{jboolean, jbyteArray, jint, jlong, jlongArray, jobjectArray, jstring, JNI_VERSION_1_8};
use jni::JNIEnv;
use jni::JavaVM;

use catalog::{DatasetSet, DatasetSpec, TableName};
use errors::{EngineError, Result};
use exec::{Plan, Planned, ResultStream};
use runtime::CancelToken;
use session::Session;

#[global_allocator]
static GLOBAL: stats::CountingAllocator = stats::CountingAllocator;

const EXCEPTION_CLASS: &str = "io/dfschema/engine/EngineException";

impl From<jni::errors::Error> for EngineError {
    fn from(e: jni::errors::Error) -> Self {
        EngineError::internal(format!("JNI error: {e}"))
    }
}

/// Called by the JVM when the library loads. Panics are reported as exceptions, so the
/// default hook's message on stderr is suppressed (a driver must not write to stderr).
#[no_mangle]
pub extern "system" fn JNI_OnLoad(_vm: JavaVM, _reserved: *mut std::ffi::c_void) -> jint {
    std::panic::set_hook(Box::new(|_| {}));
    JNI_VERSION_1_8
}

fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

fn throw(env: &mut JNIEnv, err: &EngineError) {
    if env.exception_check().unwrap_or(true) {
        return; // a Java exception is already pending; it wins
    }
    let thrown = (|| -> jni::errors::Result<()> {
        let state = env.new_string(err.sql_state)?;
        let message = env.new_string(&err.message)?;
        let obj = env.new_object(
            EXCEPTION_CLASS,
            "(Ljava/lang/String;Ljava/lang/String;)V",
            &[JValue::Object(&state), JValue::Object(&message)],
        )?;
        env.throw(JThrowable::from(obj))
    })();
    if thrown.is_err() && !env.exception_check().unwrap_or(true) {
        let _ = env.throw_new("java/lang/RuntimeException", &err.message);
    }
}

/// Runs `f`, converting an error or a panic into a pending Java exception.
fn guard<'l, T>(env: &mut JNIEnv<'l>, default: T, f: impl FnOnce(&mut JNIEnv<'l>) -> Result<T>) -> T {
    match catch_unwind(AssertUnwindSafe(|| f(env))) {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            throw(env, &e);
            default
        }
        Err(payload) => {
            throw(env, &EngineError::internal(format!("internal error: {}", panic_text(payload))));
            default
        }
    }
}

fn into_handle<T>(value: T) -> jlong {
    Box::into_raw(Box::new(value)) as jlong
}

/// Borrows the object behind a handle.
///
/// # Safety
/// `handle` must come from [`into_handle::<T>`] and not have been freed; the Java
/// owner guarantees both (it zeroes its copy on close and checks before each call).
unsafe fn borrow<'a, T>(handle: jlong, what: &str) -> Result<&'a T> {
    (handle as *const T).as_ref().ok_or_else(|| EngineError::invalid_handle(what))
}

/// Mutable variant of [`borrow`].
///
/// # Safety
/// As for [`borrow`], and the Java owner serialises all calls on this handle.
unsafe fn borrow_mut<'a, T>(handle: jlong, what: &str) -> Result<&'a mut T> {
    (handle as *mut T).as_mut().ok_or_else(|| EngineError::invalid_handle(what))
}

/// Frees the object behind a handle on an engine thread (dropping a deeply nested plan
/// recurses deeply; see `runtime`); zero is ignored.
///
/// # Safety
/// `handle` must come from [`into_handle::<T>`] and be freed only once.
unsafe fn free<T: Send + 'static>(handle: jlong) {
    if handle != 0 {
        runtime::drop_on_engine_thread(Box::from_raw(handle as *mut T));
    }
}

/// [`free`] inside [`guard`]: the body of every JNI function that closes a handle.
///
/// # Safety
/// As for [`free`].
unsafe fn free_guarded<T: Send + 'static>(env: &mut JNIEnv, handle: jlong) {
    guard(env, (), |_| {
        unsafe { free::<T>(handle) };
        Ok(())
    })
}

fn java_string(env: &mut JNIEnv, s: &JString) -> Result<String> {
    if s.is_null() {
        return Err(EngineError::new(errors::state::SYNTAX_OR_ACCESS, "null string"));
    }
    Ok(env.get_string(s)?.into())
}

fn string_array(env: &mut JNIEnv, arr: &JObjectArray) -> Result<Vec<String>> {
    let n = env.get_array_length(arr)?;
    let mut out = Vec::with_capacity(n as usize);
    for i in 0..n {
        let obj = env.get_object_array_element(arr, i)?;
        out.push(java_string(env, &JString::from(obj))?);
    }
    Ok(out)
}

fn table_name(env: &mut JNIEnv, catalog: &JString, schema: &JString, table: &JString) -> Result<TableName> {
    Ok(TableName {
        catalog: java_string(env, catalog)?,
        schema: java_string(env, schema)?,
        table: java_string(env, table)?,
    })
}

fn java_string_array(env: &mut JNIEnv, values: &[String]) -> Result<jobjectArray> {
    let arr = env.new_object_array(values.len() as i32, "java/lang/String", JObject::null())?;
    for (i, v) in values.iter().enumerate() {
        let s = env.new_string(v)?;
        env.set_object_array_element(&arr, i as i32, &s)?;
        // Free each local reference now: a long array would otherwise fill the local frame.
        env.delete_local_ref(s)?;
    }
    Ok(arr.into_raw())
}

/// A dataset registration as `NativeBridge` passes it: head, columns, partition columns,
/// options, settings and sort keys as string arrays, then the flags.
fn dataset_spec(env: &mut JNIEnv, arrays: [&JObjectArray; 7], flags: jint) -> Result<DatasetSpec> {
    let [head, columns, partition_columns, options, settings, sort_keys, evolution] = arrays;
    DatasetSpec::from_flat(
        &string_array(env, head)?,
        &string_array(env, columns)?,
        string_array(env, partition_columns)?,
        &string_array(env, options)?,
        &string_array(env, settings)?,
        &string_array(env, sort_keys)?,
        &string_array(env, evolution)?,
        flags,
    )
}

fn byte_array(env: &mut JNIEnv, bytes: &[u8]) -> Result<jbyteArray> {
    Ok(env.byte_array_from_slice(bytes)?.into_raw())
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionOpen<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    keys: JObjectArray<'l>,
    values: JObjectArray<'l>,
) -> jlong {
    guard(&mut env, 0, |env| {
        let keys = string_array(env, &keys)?;
        let values = string_array(env, &values)?;
        let settings: Vec<(String, String)> = keys.into_iter().zip(values).collect();
        Ok(into_handle(Session::open(&settings)?))
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionClose<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
) {
    // SAFETY: the Java owner passes its handle once, then zeroes its copy.
    unsafe { free_guarded::<Session>(&mut env, session) }
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionPlan<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    sql: JString<'l>,
    token: jlong,
) -> jlong {
    guard(&mut env, 0, |env| {
        let sql = java_string(env, &sql)?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        let token = unsafe { borrow::<Arc<CancelToken>>(token, "cancel token")? };
        Ok(into_handle(Plan::create(session, &sql, token)?))
    })
}

/// Plans and, for a query the flags allow, starts a statement in one call (`exec::plan_and_start`).
/// Returns {kind, plan handle, stream handle}: one of the two handles is 0.
#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionPlanAndStart<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    sql: JString<'l>,
    token: jlong,
    batch_size: jint,
    start_queries: jboolean,
    read_only: jboolean,
    catalog_version: jlong,
) -> jlongArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let sql = java_string(env, &sql)?;
        // Made first: once a handle exists, nothing may fail before Java owns it.
        let out = env.new_long_array(3)?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        let token = unsafe { borrow::<Arc<CancelToken>>(token, "cancel token")? };
        let batch_size = batch_size.max(0) as usize;
        let (kind, planned) = exec::plan_and_start(
            session,
            &sql,
            Arc::clone(token),
            batch_size,
            start_queries != 0,
            read_only != 0,
            catalog_version as u64,
        )?;
        let handles = match planned {
            Planned::Plan(plan) => [kind as jlong, into_handle(plan), 0],
            Planned::Started(stream) => [kind as jlong, 0, into_handle(stream)],
        };
        if let Err(e) = env.set_long_array_region(&out, 0, &handles) {
            // SAFETY: the handles were made above and Java never saw them.
            unsafe {
                free::<Plan>(handles[1]);
                free_stream(handles[2]);
            }
            return Err(e.into());
        }
        Ok(out.into_raw())
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionGetOption<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    key: JString<'l>,
) -> jstring {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let key = java_string(env, &key)?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        match session.option(&key) {
            Some(v) => Ok(env.new_string(v)?.into_raw()),
            None => Ok(std::ptr::null_mut()),
        }
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_planSchema<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    plan: jlong,
) -> jbyteArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let plan = unsafe { borrow::<Plan>(plan, "plan")? };
        byte_array(env, &transfer::encode_schema(&plan.schema()))
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_planProjectTo<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    plan: jlong,
    columns: JObjectArray<'l>,
    mode: JString<'l>,
) -> jlong {
    guard(&mut env, 0, |env| {
        let columns = catalog::fields_from_flat(&string_array(env, &columns)?)?;
        let mode_text = java_string(env, &mode)?;
        let mode = catalog::evolution::Mode::parse(&mode_text).ok_or_else(|| {
            EngineError::new(errors::state::INVALID_PARAMETER_VALUE, format!("unknown evolution mode '{mode_text}'"))
        })?;
        let plan = unsafe { borrow::<Plan>(plan, "plan")? };
        Ok(into_handle(plan.project_to(&columns, mode)?))
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_planParameterTypes<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    plan: jlong,
) -> jbyteArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let plan = unsafe { borrow::<Plan>(plan, "plan")? };
        byte_array(env, &transfer::encode_fields(plan.parameter_types()?))
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_planKind<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    plan: jlong,
) -> jint {
    guard(&mut env, 0, |_| {
        let plan = unsafe { borrow::<Plan>(plan, "plan")? };
        Ok(plan.kind() as jint)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_planWrites<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    plan: jlong,
) -> jboolean {
    guard(&mut env, 0, |_| {
        let plan = unsafe { borrow::<Plan>(plan, "plan")? };
        Ok(jboolean::from(plan.writes()))
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_planFree<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    plan: jlong,
) {
    // SAFETY: the Java owner passes its handle once, then zeroes its copy.
    unsafe { free_guarded::<Plan>(&mut env, plan) }
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_planExecute<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    plan: jlong,
    params: JByteArray<'l>,
    token: jlong,
    batch_size: jint,
) -> jlong {
    guard(&mut env, 0, |env| {
        let session = unsafe { borrow::<Session>(session, "session")? };
        let plan = unsafe { borrow::<Plan>(plan, "plan")? };
        let token = unsafe { borrow::<Arc<CancelToken>>(token, "cancel token")? };
        let values = if params.is_null() {
            None
        } else {
            let bytes = env.convert_byte_array(&params)?;
            Some(params::decode(&bytes, plan.parameter_types()?)?)
        };
        let stream = plan.execute(session, values, Arc::clone(token), batch_size.max(0) as usize)?;
        Ok(into_handle(stream))
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_streamNext<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    stream: jlong,
) -> jbyteArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let stream = unsafe { borrow_mut::<ResultStream>(stream, "result stream")? };
        match stream.next()? {
            Some(batch) => byte_array(env, &transfer::encode_batch(&batch)?),
            None => Ok(std::ptr::null_mut()),
        }
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_streamSchema<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    stream: jlong,
) -> jbyteArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let stream = unsafe { borrow::<ResultStream>(stream, "result stream")? };
        byte_array(env, &transfer::encode_schema(&stream.schema()))
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_streamExportArrow<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    stream: jlong,
    address: jlong,
) {
    guard(&mut env, (), |_| {
        if stream == 0 || address == 0 {
            return Err(EngineError::invalid_handle("result stream"));
        }
        // SAFETY: the Java owner hands over the handle here and forgets it; `address`
        // is an ArrowArrayStream struct allocated by the Arrow consumer.
        unsafe {
            let owned = *Box::from_raw(stream as *mut ResultStream);
            ffi_export::export(owned, address as *mut _);
        }
        Ok(())
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_streamClose<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    stream: jlong,
) {
    guard(&mut env, (), |_| {
        // SAFETY: the Java owner passes its handle once, then zeroes its copy.
        unsafe { free_stream(stream) };
        Ok(())
    })
}

/// [`free`] for a result stream. One that has finished holds only batches, no plan, so it is dropped
/// here: closing a small result costs no hand-off to an engine thread.
///
/// # Safety
/// As for [`free`].
unsafe fn free_stream(handle: jlong) {
    let stream = handle as *mut ResultStream;
    match stream.as_ref() {
        Some(s) if s.is_finished() => drop(Box::from_raw(stream)),
        _ => free::<ResultStream>(handle),
    }
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_cancelTokenNew<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
) -> jlong {
    guard(&mut env, 0, |_| {
        stats::CANCEL_TOKENS.inc();
        Ok(into_handle(Arc::new(CancelToken::default())))
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_cancelTokenCancel<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    token: jlong,
) {
    guard(&mut env, (), |_| {
        unsafe { borrow::<Arc<CancelToken>>(token, "cancel token")? }.cancel();
        Ok(())
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_cancelTokenReset<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    token: jlong,
) {
    guard(&mut env, (), |_| {
        unsafe { borrow::<Arc<CancelToken>>(token, "cancel token")? }.reset();
        Ok(())
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_cancelTokenFree<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    token: jlong,
) {
    guard(&mut env, (), |_| {
        if token != 0 {
            unsafe { free::<Arc<CancelToken>>(token) };
            stats::CANCEL_TOKENS.dec();
        }
        Ok(())
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_stats<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
) -> jlongArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let s = stats::snapshot();
        let arr = env.new_long_array(s.len() as i32)?;
        env.set_long_array_region(&arr, 0, &s)?;
        Ok(arr.into_raw())
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_engineVersion<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
) -> jstring {
    guard(&mut env, std::ptr::null_mut(), |env| Ok(env.new_string(datafusion::DATAFUSION_VERSION)?.into_raw()))
}


// ---- contract catalogs (catalog.rs, diagnostics.rs)

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionRegisterDataset<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    head: JObjectArray<'l>,
    columns: JObjectArray<'l>,
    partition_columns: JObjectArray<'l>,
    options: JObjectArray<'l>,
    settings: JObjectArray<'l>,
    sort_keys: JObjectArray<'l>,
    evolution: JObjectArray<'l>,
    flags: jint,
) {
    guard(&mut env, (), |env| {
        let spec = dataset_spec(env, [&head, &columns, &partition_columns, &options, &settings, &sort_keys, &evolution], flags)?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        catalog::register_dataset(session, spec)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_datasetSetNew<'l>(mut env: JNIEnv<'l>, _class: JClass<'l>) -> jlong {
    guard(&mut env, 0, |_| Ok(into_handle(DatasetSet::default())))
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_datasetSetAdd<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    set: jlong,
    session: jlong,
    head: JObjectArray<'l>,
    columns: JObjectArray<'l>,
    partition_columns: JObjectArray<'l>,
    options: JObjectArray<'l>,
    settings: JObjectArray<'l>,
    sort_keys: JObjectArray<'l>,
    evolution: JObjectArray<'l>,
    flags: jint,
    aliases: JObjectArray<'l>,
) {
    guard(&mut env, (), |env| {
        let spec = dataset_spec(env, [&head, &columns, &partition_columns, &options, &settings, &sort_keys, &evolution], flags)?;
        let aliases = string_array(env, &aliases)?;
        let set = unsafe { borrow::<DatasetSet>(set, "dataset set")? };
        let session = unsafe { borrow::<Session>(session, "session")? };
        catalog::check_spec(session, &spec)?;
        set.add(spec, aliases)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_datasetSetRows<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    set: jlong,
    catalog: JString<'l>,
    schema: JString<'l>,
    table: JString<'l>,
    json_lines: JString<'l>,
    time_column: JString<'l>,
) {
    guard(&mut env, (), |env| {
        let name = table_name(env, &catalog, &schema, &table)?;
        let json_lines = java_string(env, &json_lines)?;
        let time_column = java_string(env, &time_column)?;
        let set = unsafe { borrow::<DatasetSet>(set, "dataset set")? };
        set.set_rows(name, json_lines, time_column);
        Ok(())
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_datasetSetFree<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    set: jlong,
) {
    // Sessions that mounted the set keep its maps alive through their own references.
    // SAFETY: the Java owner passes its handle once, then zeroes its copy.
    unsafe { free_guarded::<DatasetSet>(&mut env, set) }
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionMountDatasetSet<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    set: jlong,
    millis: jlong,
) {
    guard(&mut env, (), |_| {
        let session = unsafe { borrow::<Session>(session, "session")? };
        let set = unsafe { borrow::<DatasetSet>(set, "dataset set")? };
        diagnostics::mount_with_rows(session, set, millis)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionResolveDataset<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    catalog: JString<'l>,
    schema: JString<'l>,
    name: JString<'l>,
    token: jlong,
) {
    guard(&mut env, (), |env| {
        let name = table_name(env, &catalog, &schema, &name)?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        let token = unsafe { borrow::<Arc<CancelToken>>(token, "cancel token")? };
        catalog::resolve_dataset(session, &name, token)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionInferSchema<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    head: JObjectArray<'l>,
    partition_columns: JObjectArray<'l>,
    options: JObjectArray<'l>,
    settings: JObjectArray<'l>,
    token: jlong,
) -> jobjectArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let spec = DatasetSpec::from_flat(
            &string_array(env, &head)?,
            &[],
            string_array(env, &partition_columns)?,
            &string_array(env, &options)?,
            &string_array(env, &settings)?,
            &[],
            &[],
            0,
        )?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        let token = unsafe { borrow::<Arc<CancelToken>>(token, "cancel token")? };
        let fields = catalog::infer_schema(session, spec, token)?;
        java_string_array(env, &catalog::fields_to_flat(&fields))
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionDrainCatalogEvents<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
) -> jobjectArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let session = unsafe { borrow::<Session>(session, "session")? };
        java_string_array(env, &session.contracts.events.drain_flat())
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionCreateAppendOnlyTable<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    catalog: JString<'l>,
    schema: JString<'l>,
    name: JString<'l>,
    columns: JObjectArray<'l>,
) {
    guard(&mut env, (), |env| {
        let name = table_name(env, &catalog, &schema, &name)?;
        let columns = catalog::fields_from_flat(&string_array(env, &columns)?)?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        diagnostics::create_append_only_table(session, &name, columns)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionRegisterBrokenView<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    catalog: JString<'l>,
    schema: JString<'l>,
    name: JString<'l>,
    columns: JObjectArray<'l>,
    reason: JString<'l>,
    definition: JString<'l>,
) {
    guard(&mut env, (), |env| {
        let name = table_name(env, &catalog, &schema, &name)?;
        let columns = catalog::fields_from_flat(&string_array(env, &columns)?)?;
        let reason = java_string(env, &reason)?;
        let definition = if definition.is_null() { None } else { Some(java_string(env, &definition)?) };
        let session = unsafe { borrow::<Session>(session, "session")? };
        catalog::register_broken_view(session, &name, columns, reason, definition)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionAppendJsonRows<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    catalog: JString<'l>,
    schema: JString<'l>,
    name: JString<'l>,
    json_lines: JString<'l>,
) {
    guard(&mut env, (), |env| {
        let name = table_name(env, &catalog, &schema, &name)?;
        let json_lines = java_string(env, &json_lines)?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        diagnostics::append_json_rows(session, &name, json_lines)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionTableConstraints<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    catalog: JString<'l>,
    schema: JString<'l>,
    table: JString<'l>,
) -> jobjectArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let name = table_name(env, &catalog, &schema, &table)?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        let flat: Vec<String> = catalog::table_constraints(session, &name)?
            .into_iter()
            .flat_map(|(kind, columns)| [kind.to_string(), columns.join("\u{0}")])
            .collect();
        java_string_array(env, &flat)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionColumnDefaults<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
    catalog: JString<'l>,
    schema: JString<'l>,
    table: JString<'l>,
) -> jobjectArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let name = table_name(env, &catalog, &schema, &table)?;
        let session = unsafe { borrow::<Session>(session, "session")? };
        let flat: Vec<String> = catalog::column_defaults(session, &name)?
            .into_iter()
            .flat_map(|(column, sql)| [column, sql])
            .collect();
        java_string_array(env, &flat)
    })
}

/// Per table: catalog, schema, name, definition ("\0" for none), column count, then name /
/// type / nullable per column.
#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_sessionOrdinaryTables<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
) -> jobjectArray {
    guard(&mut env, std::ptr::null_mut(), |env| {
        let session = unsafe { borrow::<Session>(session, "session")? };
        let mut flat: Vec<String> = Vec::new();
        for t in catalog::ordinary_tables(session)? {
            flat.extend([t.name.catalog, t.name.schema, t.name.table]);
            flat.push(t.definition.unwrap_or_else(|| "\0".to_string()));
            flat.push(t.fields.len().to_string());
            flat.extend(catalog::fields_to_flat(&t.fields));
        }
        java_string_array(env, &flat)
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_debugPanic<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    message: JString<'l>,
) {
    guard(&mut env, (), |env| {
        let message = java_string(env, &message)?;
        panic!("{message}");
    })
}

#[no_mangle]
pub extern "system" fn Java_io_dfschema_engine_NativeBridge_debugAddPanicFunction<'l>(
    mut env: JNIEnv<'l>,
    _class: JClass<'l>,
    session: jlong,
) {
    guard(&mut env, (), |_| {
        unsafe { borrow::<Session>(session, "session")? }.add_debug_panic_function();
        Ok(())
    })
}
