/**
 * Photos chosen with the camera or album and uploaded one by one, as the filing form and the
 * handlers' note forms both need them.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { MAX_PHOTOS } from '@lx/types';
import type { CloudResult } from '@/services/cloud';
import { toast } from '@/utils/nav';
import type { PickedPhoto } from '../components/PhotoPicker';

export type Upload = (localPath: string) => Promise<CloudResult<PickedPhoto>>;

export function usePhotos(upload: Upload, max = MAX_PHOTOS) {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [uploading, setUploading] = useState(0);

  const add = async () => {
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
  };

  const remove = (fileID: string) => setPhotos((prev) => prev.filter((p) => p.fileID !== fileID));
  return { photos, uploading, add, remove, max };
}
