/**
 * Photos chosen with the camera or album and uploaded one by one: the filing form, the handlers'
 * note forms and a notice's pictures all pick them this way (PhotoPicker draws them).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { MAX_PHOTOS } from '@lx/types';
import type { CloudResult, UploadedPhoto } from '@/services/cloud';
import { toast } from '@/utils/nav';
import { ensurePrivacy } from '@/services/privacy';

export type Upload = (localPath: string) => Promise<CloudResult<UploadedPhoto>>;

export interface PhotosOptions {
  max?: number;
  /** a reopened draft's pictures */
  initial?: UploadedPhoto[];
  /** after a photo is added or removed (a form clears the field's "请上传…") */
  onChange?: () => void;
}

export function usePhotos(upload: Upload, { max = MAX_PHOTOS, initial = [], onChange }: PhotosOptions = {}) {
  const [photos, setPhotos] = useState<UploadedPhoto[]>(initial);
  const [uploading, setUploading] = useState(0);

  const add = async () => {
    if (!(await ensurePrivacy('album'))) return; // the consent sheet first (services/privacy.ts)
    let paths: string[];
    try {
      const res = await Taro.chooseImage({
        count: max - photos.length,
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
      paths = res.tempFilePaths.slice(0, max - photos.length);
    } catch {
      return; // the user closed the picker
    }
    setUploading(paths.length);
    for (const path of paths) {
      const res = await upload(path);
      if (res.ok) setPhotos((prev) => [...prev, res.data].slice(0, max));
      else toast(res.message);
      setUploading((n) => n - 1);
    }
    onChange?.();
  };

  const remove = (fileID: string) => {
    setPhotos((prev) => prev.filter((p) => p.fileID !== fileID));
    onChange?.();
  };
  const fileIDs = photos.map((p) => p.fileID);
  return { photos, fileIDs, uploading, add, remove, max };
}

export type Photos = ReturnType<typeof usePhotos>;
