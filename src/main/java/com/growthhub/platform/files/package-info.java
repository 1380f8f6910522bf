/**
 * Files that organizations upload and the application derives from them: metadata rows (row-level security) in
 * {@code stored_files}, bytes in a {@link com.growthhub.platform.files.FileStore} (local disk by default, any
 * S3-compatible store when configured). The type of an upload is decided from its bytes, uploads stream to the
 * store under a size limit and the organization's quota, and stored files are served with ranges or through signed,
 * expiring public links. Modules keep the {@link com.growthhub.platform.files.FileId} in their own tables and decide
 * who may read a file.
 */
@NamedInterface("files")
@NullMarked
package com.growthhub.platform.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
